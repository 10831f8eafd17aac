package org.complaintsuite.e2e.evaluation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What people write and say in complaints, as the generator composes them: each {@link Line} is one sentence with
 * the <em>cues</em> it carries for the labels (a threat and its target, acute distress, strong anger ...). The cues
 * describe what a reader understands from the sentence, not which words it uses: the labels follow the meaning, so
 * a negated or hypothetical mention of a regulator carries no threat cue however many "risky" words it has, and a
 * threat phrased without any stock word still carries one.
 * <p>
 * The wording was written for this set in the ordinary language of complaints (call transcripts, chats, regulator
 * operators' summaries, agency templates of the kind reported on 代理维权), with synonyms, abbreviations and varied
 * word order. It was not taken from the scorer's lexicons: common words (12378, 律师, 报警) naturally appear in both,
 * many natural phrasings do not. Keep it that way in both directions: a scorer fitted to these sentences measures
 * well here and no better on complaints nobody has seen.
 * <p>
 * Slots in braces are filled per complaint ({@code {product} {amount} {fee} {date} {term} {months} {age} {days}
 * {name} {pct} {n} ...}); genuine customers' sentences also offer {@code [a|b|c]} alternatives, one taken per
 * complaint, and pass through an {@link #IDIOLECT}: unrelated people do not write the same sentence.
 */
final class Phrases {

    private Phrases() {
    }

    /** What a sentence tells a reader about the customer's escalation risk. */
    enum Cue {
        THREAT_REGULATOR, THREAT_MEDIA, THREAT_LEGAL, THREAT_POLICE, THREAT_PETITION,
        /** the customer says they already took it to a regulator, the police, a platform or a lawyer */
        ALREADY_ESCALATED,
        ACUTE_DISTRESS, STRONG_ANGER, MILD_ANGER, VULNERABLE,
        /** names a regulator, the media, a lawyer or the police without threatening: negated, hypothetical, someone else's */
        NON_THREAT_MENTION,
        POLITE;

        boolean isThreat() {
            return name().startsWith("THREAT_");
        }
    }

    record Line(String text, Set<Cue> cues) {

        Line withText(String other) {
            return new Line(other, cues);
        }
    }

    static Line l(String text, Cue... cues) {
        Set<Cue> set = EnumSet.noneOf(Cue.class);
        set.addAll(List.of(cues));
        return new Line(text, set);
    }

    /** A complaint topic in the customer's own words, as an operator summary, and what the customer asks for. */
    record Issue(String key, String summary, List<String> firstPerson, List<String> thirdPerson, List<String> requests) {
    }

    static final List<Issue> ISSUES = List.of(
            new Issue("early-repayment", "提前还款收费", List.of(
                    "我{date}把{product}的[借款|贷款|钱][提前还清了|提前结清了|一次性还完了]，[结果|没想到|可是][还是|照样]被[收了|扣了]{fee}，[说是|客服说是|理由是]提前还款的[违约金|手续费]。",
                    "提前还款[为什么|凭什么|怎么][还要|还得]收[我|]整期的利息？[借的时候|当初签合同的时候|办的时候][根本没人跟我说过|没人提过这一条|一个字都没说]。",
                    "我[想|打算]一次性把剩下的{amount}还掉，[客服|你们的人|电话里]说要[另外|额外]收一笔[手续费|服务费]，这个钱[是按什么收的|是怎么算出来的|依据是什么]？",
                    "[上个月|前阵子|月初]已经全部[结清了|还清了]，[这个月|这期|今天]账单里又[冒出来|多出来|出现了]{fee}，[不知道|搞不清|也没人说]是什么钱。",
                    "提前结清的时候[系统显示|页面上提示|APP上写着]要付{fee}的服务费，[合同里|协议上|借款合同里]我[没看到|找不到|没见过]这一条。",
                    "我提前[两|三|好几]个月把钱还了，你们[照样|还是]按[十二|全部|整]期收利息，这[说不过去吧|没道理吧|不合理]。"), List.of(
                    "来电人反映其于{date}提前结清{product}借款时被收取{fee}，认为收费依据不明。",
                    "投诉人称提前还款仍被按整期计收利息，对此不认可。"), List.of(
                    "[麻烦|请|你们]把这笔钱退给我。", "请给我看一下收费[依据|标准|的合同条款]。", "希望能退还[多收的部分|这笔费用|多扣的钱]。",
                    "请给我一个[合理的解释|说法|明确答复]。")),
            new Issue("bundled-fees", "会员费和担保费扣款", List.of(
                    "[借款的时候|申请的时候|办贷款那会儿]页面上默认勾选了一个[会员|权益包|会员服务]，每个月都从我[卡里|银行卡上]扣{fee}，我[完全不知情|一点都不知道|根本没注意]。",
                    "我[从来没|压根没]开过什么[权益卡|会员卡|加速卡]，[银行流水|卡上的记录|短信]显示你们扣了我{fee}。",
                    "放款以后[莫名其妙|不明不白]多了一笔[担保费|保费|服务费]，借了{amount}，[到手|实际到账的]少了[一大截|好几百|不少]。",
                    "你们在我不知道的情况下给我[办了|买了|加了]一份[保险|意外险|账户安全险]，每期都在扣钱。",
                    "到账的钱比合同上少了{fee}，[问了才知道|打电话问了才知道|后来才搞清楚]是先扣了[服务费|咨询费|担保费]。"), List.of(
                    "投诉人称在{product}借款时被默认开通会员服务，累计扣费{fee}，其本人并不知情。",
                    "来电人反映借款时被收取担保费，实际到账金额少于合同金额。"), List.of(
                    "我要求把这个[会员|服务]退掉，钱[还给我|原路退回]。", "请把[担保费|这笔费用|多扣的钱]退回来。", "请[取消这份保险并退款|把保险退了]。",
                    "请说明这笔钱是[怎么收的|按什么收的]。")),
            new Issue("interest", "利率高于宣传", List.of(
                    "[宣传的时候|广告里|借之前]说日息只要万分之[几|五|三]，[实际|真正]算下来[一年快到三成了|年化百分之二十多|比信用卡还贵]。",
                    "[借的时候|申请时]页面显示每月还{fee}，[现在|可实际上|这几个月]每个月扣的都比这个多。",
                    "你们的利息[算法|是怎么算的]我[看不懂|搞不明白]，能不能给我列一个[明细|清单|计算过程]？",
                    "我借了{amount}分{term}期，算下来要还的利息[比本金的一半还多|快赶上本金了|多得吓人]，这正常吗？",
                    "[广告上|宣传页上|推销的人]说的是低息，实际每个月还的钱[高得离谱|比说好的多一截|完全不是那么回事]。"), List.of(
                    "来电人认为{product}实际利率高于借款时页面展示的利率，要求解释。",
                    "投诉人对借款综合成本有异议，认为贵司宣传与实际不符。"), List.of(
                    "请给我一份[详细的|完整的]还款计划和利息明细。", "多收的利息[希望能退回|请退给我]。", "请重新[核算|算]一下[利息|我的账]。")),
            new Issue("double-deduction", "重复扣款", List.of(
                    "[这个月|这期|今天]的还款被扣了两次，卡里的钱[都被扣光了|一下子就没了|只剩几十块]。",
                    "我已经在APP上[主动|手动|自己]还过了，[晚上|第二天早上|过了一个小时]银行卡又被自动扣了一[次|遍]。",
                    "同一期[还款|账单]扣了我两笔，一共多扣了{fee}。",
                    "我的[工资卡|储蓄卡]今天被划走两次，[房租都交不了了|孩子的生活费都没了|下个月的钱都不够了]。"), List.of(
                    "来电人反映其银行卡被重复扣款{fee}。"), List.of(
                    "请尽快把多扣的钱[退回来|退到我卡上]。", "请[核实后退款|查一下尽快退]。", "[今天之内|最快什么时候]能退回来？")),
            new Issue("system-failure", "系统故障导致逾期", List.of(
                    "还款那天APP[一直打不开|老是闪退|登不上去]，想还都还不上，[现在|结果]显示逾期还收了罚息。",
                    "还款日当天[系统维护|系统升级|页面报错]，我第二天才还上，结果算我逾期一天。",
                    "我换了银行卡，APP里[怎么都改不了绑定|绑不上新卡|一直提示绑卡失败]，导致扣款失败。",
                    "页面一直提示[网络异常|系统繁忙|请稍后再试]，还款按钮点了没反应。"), List.of(
                    "来电人称因平台系统故障未能按时还款，被记为逾期并收取罚息。"), List.of(
                    "这个罚息[应该取消|不应该由我出]。", "请把这次逾期[撤销掉|记录消掉]。", "请核实一下当天的系统[情况|记录]。")),
            new Issue("credit-report", "征信记录有误", List.of(
                    "我[每一期都是|一直都是|从来都是]按时还的，征信报告上却[显示|有]一次逾期。",
                    "贷款结清已经[三个月|好几个月|半年]了，征信上还显示没结清，我[办房贷被银行卡住了|申请车贷被拒了|找工作背调都受影响]。",
                    "我在你们这里[从来没借过钱|一分钱都没借过]，征信上却有一条你们公司的查询记录。",
                    "[信用报告里|征信报告上]多了一笔我不认识的账户，[是你们报上去的|写的是你们公司]。"), List.of(
                    "来电人反映其在贵司借款已结清，但征信报告仍显示未结清，影响其办理房贷。",
                    "投诉人称征信报告中存在贵司报送的错误逾期记录。"), List.of(
                    "请尽快帮我更正[征信记录|信用报告]。", "请出具结清证明并更新上报的信息。", "请[查一下是怎么回事|给我一个书面说明]。")),
            new Issue("collection", "催收方式", List.of(
                    "你们的催收[天天|每天|一天好几次]打电话到我单位，现在[全公司|整个部门|领导同事]都知道我欠钱了。",
                    "[催收员|催收的人|你们外包的人]打电话给我[妈|爸|老婆|姐姐]，说我再不还就上门，[老人家|家里人]吓得一晚上没睡。",
                    "一天[二三十个|几十个|十几个]电话，[晚上十一点多|半夜|早上六点]还在打，我根本没法正常[生活|上班|休息]。",
                    "催收的人在电话里骂我，还说要把我的[照片|身份证]发给我手机里的[联系人|亲戚朋友]。",
                    "我只是晚了[两|三|几]天，就开始给我的紧急联系人打电话。",
                    "有人冒充[法院|律师|公安]的给我打电话，说再不还就[来抓我|要坐牢|上门执行]，后来才知道是你们外包的催收。",
                    "催收短信发到我[老婆|老公|同事]手机上，[说得特别难听|什么难听的话都有|还带着我的名字]。"), List.of(
                    "来电人反映贵司催收人员频繁拨打其亲友电话，言语粗俗。",
                    "投诉人称贵司委外催收人员向其同事发送催收信息。"), List.of(
                    "请让催收不要再[打我家人的电话|骚扰我家里人]。", "我要求你们规范催收，[给我一个说法|处理那个催收员]。",
                    "请把我的紧急联系人[删掉|换掉]。", "[别|不要]再打我[单位|公司]的电话了。")),
            new Issue("privacy", "个人信息", List.of(
                    "我[刚在你们这借完款|上个月才在你们这申请了额度|在{product}借了钱以后]，就[天天|每天|隔三差五]接到各种[贷款推销|借钱广告|理财|信用卡]电话，[是不是你们把我的信息卖了|我怀疑是你们把信息泄露出去了|肯定是哪里漏出去的]？",
                    "我的[身份证照片|人脸照片|银行卡信息]你们是怎么保管的？[别的平台|别的公司|外面的中介]居然知道我在你们这借过钱。",
                    "我[没授权过|从来没同意过|没填过]，你们怎么会有我[家里人|父母|朋友|前同事]的电话？",
                    "[有个陌生人|一个自称中介的人]打电话[报出了|说得出]我在你们这的借款金额，[这些信息|我的资料]是从哪来的？",
                    "[注册的时候|借款那天]我只填了自己的号码，现在[我家里人|我爱人|我同事]也开始接到你们[的营销电话|的短信]。"), List.of(
                    "来电人怀疑贵司泄露其个人信息。"), List.of(
                    "请给我一个[解释|交代]。", "请核查我的信息是[怎么流出去的|谁泄露的]。", "请[删除我的资料|注销我的信息]。")),
            new Issue("service", "服务态度", List.of(
                    "客服态度[太差了|很差|真的不行]，我问[两句|几句]就不耐烦，直接把电话挂了。",
                    "打了一上午客服电话都转不到人工，机器人一直答非所问。",
                    "我[上周|前几天|十号那天]就反映过了，说三个工作日内回复，到现在没人理我。",
                    "在线客服一句话[重复三遍|来回说|翻来覆去地说]，问题一点没解决。"), List.of(
                    "来电人对贵司客服服务态度不满。"), List.of(
                    "希望你们[改进服务|管管你们的客服]。", "请安排专人联系我。", "请[给我回个电话|今天联系我]。")),
            new Issue("account", "额度和账户", List.of(
                    "我的额度[突然|莫名其妙]被降到零了，也没有任何通知。",
                    "我想注销账户，APP里找不到入口，客服说[注销不了|暂时不能注销|要先等审核]。",
                    "借款申请显示审核中已经[一个星期|好几天|十来天]了，到底批不批？"), List.of(
                    "来电人要求注销账户未果。"), List.of(
                    "请帮我把账户注销。", "请告诉我具体[原因|是怎么回事]。")),
            new Issue("refund-installment", "退货后分期仍扣款", List.of(
                    "我在[商城|你们合作的商城|网上]买的[手机|电脑|空调|课程]已经[退货了|退掉了|退了]，分期还在每个月扣[款|钱]。",
                    "商家已经同意退款，可[分期账单|分期|还款计划]一直没有取消。",
                    "[东西|商品]早就退回去了，[商家|店家]也说钱退了，你们这边[还在让我还|还在每期扣款|账单还在]。",
                    "[培训机构|装修公司|商家]跑路了，当初办的分期[还要我继续还|还在扣钱]，这合理吗？",
                    "我{date}在{product}分期买了[一台电脑|一个健身卡|一部手机]，[七天无理由退了|没收到货就退款了]，[结果|可]分期[一直没撤销|照扣不误]。"), List.of(
                    "来电人反映商品已退货但分期仍在扣款。"), List.of(
                    "请把分期取消，已扣的钱退给我。", "[麻烦|请]把这笔分期[撤销|关掉]，扣过的钱退回来。",
                    "[已经扣的|这几期扣的]钱要退给我，后面的别再扣了。", "请联系商家核实[退款|退货]情况。")));

    static final List<String> POLITE_OPENERS = List.of("您好，", "你好，", "客服你好，", "您好，麻烦问一下，",
            "你好，打扰一下，", "");
    static final List<String> POLITE_CLOSERS = List.of("谢谢！", "麻烦你们了。", "辛苦了，谢谢。", "谢谢您。",
            "等你们消息。", "");

    static final List<Line> FEE_QUESTIONS = List.of(
            l("想咨询一下，我这笔[借款|贷款]如果提前[还款|还清]需要付[违约金|手续费|额外的钱]吗？", Cue.POLITE),
            l("我[账单里|还款计划里|这期明细里]有一项[服务费|综合费用|其他费用]，能[解释一下|告诉我]是什么吗？", Cue.POLITE),
            l("[请问一下|想了解下]，晚还[一天|两天|几天]的话罚息是[怎么算的|多少]？", Cue.POLITE),
            l("我想了解下，担保费是[借款时|放款时]一次性收的还是[每个月|分期]收？", Cue.POLITE),
            l("[麻烦帮我看看|帮我查一下|请问]，[为什么|怎么]这期还款金额比上期多了{fee}？", Cue.POLITE),
            l("我看合同上写的[年化利率|利率]和APP上显示的不太一样，[以哪个为准|哪个是对的]？", Cue.POLITE),
            l("会员费可以退吗？我开通以后[一次都没用过|根本没用过|什么权益都没享受到]。", Cue.POLITE),
            l("我[这个月的账单里|最近一期]有一笔{fee}的[费用|扣款]，想[知道|问问]是哪一项。", Cue.POLITE),
            l("[提前结清|提前还完]的话是按[实际天数|实际使用天数|用了几天]算利息吗？", Cue.POLITE),
            l("[借款的时候|放款时]收的[担保费|服务费]，提前还了能[退一部分|按比例退]吗？", Cue.POLITE),
            l("我看[还款计划里|账单上|合同附件里]每期都有[服务费|平台费|管理费]，这个是[必须交的|强制的|能不能不交]吗？", Cue.POLITE),
            l("[逾期了一天|晚了一两天]会不会影响征信？罚息大概[多少|怎么算]？", Cue.POLITE),
            l("[保险那一项|那个账户安全险|借款保障服务]是我自己选的吗？能不能[取消|退掉]？", Cue.POLITE));

    static final List<Line> POLITE_REQUESTS = List.of(
            l("我想把每月还款日改到[15号|月底|发工资那天]，可以吗？", Cue.POLITE),
            l("麻烦帮我开一下结清证明[，我办房贷要用|，单位要|]。", Cue.POLITE),
            l("我换了[手机号|号码]，想更新一下预留[号码|手机]。", Cue.POLITE),
            l("请问怎么[修改|更换]绑定的[银行卡|还款卡]？", Cue.POLITE),
            l("之前的问题[客服已经帮我处理好了|已经解决了]，我就是想[再确认一下|问问]退款什么时候到账。", Cue.POLITE),
            l("我这个月手头有点紧，能不能申请[晚几天|推迟一周|延后到月底]还款？", Cue.POLITE),
            l("请问我的[借款|贷款]还剩多少[本金|钱]没还？", Cue.POLITE),
            l("我想把剩下的钱一次还清，[应该怎么操作|在哪里操作|要提前申请吗]？", Cue.POLITE),
            l("麻烦把我的[电子合同|借款合同]发一份到我[邮箱|微信]。", Cue.POLITE),
            l("我[出差在外地|这几天在医院陪床]，自动扣款失败了，现在手动还可以吗？", Cue.POLITE),
            l("[上次|之前]反映的[问题|扣款的事]已经解决了，想问下退款[几天|多久]能到账。", Cue.POLITE),
            l("能不能帮我把[短信提醒|营销短信|推送]关掉？", Cue.POLITE));

    static final List<Line> STRONG_ANGER = List.of(
            l("你们这是明抢！", Cue.STRONG_ANGER),
            l("什么垃圾平台，一天到晚乱扣钱！", Cue.STRONG_ANGER),
            l("我真是被你们气得不行。", Cue.STRONG_ANGER),
            l("太过分了，简直欺人太甚！", Cue.STRONG_ANGER),
            l("你们还有没有一点良心？", Cue.STRONG_ANGER),
            l("骗子公司，当初借的时候说得好好的。", Cue.STRONG_ANGER),
            l("这吃相也太难看了吧。", Cue.STRONG_ANGER),
            l("你们就是一群吸血的。", Cue.STRONG_ANGER),
            l("我已经忍你们很久了，这事没完。", Cue.STRONG_ANGER),
            l("气得我浑身发抖。", Cue.STRONG_ANGER),
            l("这种霸王条款是谁定的？", Cue.STRONG_ANGER),
            l("无良平台，专门坑我们老百姓的钱！", Cue.STRONG_ANGER),
            l("我跟你们说了多少遍了，一个个都在踢皮球！", Cue.STRONG_ANGER),
            l("你们公司就是这么对待客户的？太让人寒心了。", Cue.STRONG_ANGER),
            l("真是恶心透了！！", Cue.STRONG_ANGER),
            l("你们这帮人脑子有问题吧？", Cue.STRONG_ANGER),
            l("我现在火气很大，别跟我打官腔！", Cue.STRONG_ANGER),
            l("你们这么做跟抢钱有什么区别？", Cue.STRONG_ANGER),
            l("我真是服了你们了，一点诚信都没有！", Cue.STRONG_ANGER),
            l("打了不知道多少遍电话，每次都说在处理，糊弄谁呢？", Cue.STRONG_ANGER),
            l("从来没见过这么不要脸的平台。", Cue.STRONG_ANGER),
            l("我心里憋着一肚子火，说话冲你们也别怪我。", Cue.STRONG_ANGER));

    static final List<Line> MILD_ANGER = List.of(
            l("说实话我挺失望的。", Cue.MILD_ANGER),
            l("这样做不太合理吧。", Cue.MILD_ANGER),
            l("感觉有点被坑了。", Cue.MILD_ANGER),
            l("希望你们以后能说清楚一点。", Cue.MILD_ANGER),
            l("有点不满意。", Cue.MILD_ANGER),
            l("这个处理方式我不太能接受。", Cue.MILD_ANGER),
            l("这已经是我第二次遇到这种事了。", Cue.MILD_ANGER));

    /** What comes before a threat: when, or on what condition. */
    static final List<String> THREAT_CONDITIONS = List.of("如果{days}天内还不解决，", "再不处理的话，",
            "你们要是继续拖，", "今天不给我答复，", "不退钱的话，", "", "", "说句实话，要是没个结果，");

    static final List<Line> THREATS = List.of(
            l("我就打12378投诉你们。", Cue.THREAT_REGULATOR),
            l("我就去金融监管总局投诉。", Cue.THREAT_REGULATOR),
            l("我会向银保监会反映你们乱收费的问题。", Cue.THREAT_REGULATOR),
            l("我直接找金管局。", Cue.THREAT_REGULATOR),
            l("我就向人民银行举报你们。", Cue.THREAT_REGULATOR),
            l("我就打12363。", Cue.THREAT_REGULATOR),
            l("我会把材料寄给当地的金融监管局。", Cue.THREAT_REGULATOR),
            l("我就去消协告你们。", Cue.THREAT_REGULATOR),
            l("我就找监管部门来评评理。", Cue.THREAT_REGULATOR),
            l("我就向国家金融监督管理总局实名举报。", Cue.THREAT_REGULATOR),
            l("我要投诉到银保监那边去。", Cue.THREAT_REGULATOR),
            l("我就把你们告到金融办。", Cue.THREAT_REGULATOR),
            l("我就把这事发到网上让大家评评理。", Cue.THREAT_MEDIA),
            l("我就找记者曝光你们。", Cue.THREAT_MEDIA),
            l("我就去黑猫投诉上发帖。", Cue.THREAT_MEDIA),
            l("我就拍视频发到抖音上。", Cue.THREAT_MEDIA),
            l("我就联系电视台。", Cue.THREAT_MEDIA),
            l("我会在微博上把你们的聊天记录都公开。", Cue.THREAT_MEDIA),
            l("我就让媒体来看看你们是怎么对待老百姓的。", Cue.THREAT_MEDIA),
            l("我就发帖子让大家都别再用你们的平台。", Cue.THREAT_MEDIA),
            l("我就找律师起诉你们。", Cue.THREAT_LEGAL),
            l("那我们就法庭上见。", Cue.THREAT_LEGAL),
            l("我会走法律程序。", Cue.THREAT_LEGAL),
            l("我就去法院告你们。", Cue.THREAT_LEGAL),
            l("我会申请仲裁。", Cue.THREAT_LEGAL),
            l("大不了跟你们打官司。", Cue.THREAT_LEGAL),
            l("我会追究你们的法律责任，律师我已经找好了。", Cue.THREAT_LEGAL),
            l("我就报警。", Cue.THREAT_POLICE),
            l("我马上打110。", Cue.THREAT_POLICE),
            l("我就去派出所报案。", Cue.THREAT_POLICE),
            l("我会找警察来处理。", Cue.THREAT_POLICE),
            l("我就去公安局告你们诈骗。", Cue.THREAT_POLICE),
            l("我就去信访局反映。", Cue.THREAT_PETITION),
            l("我就打12345市长热线。", Cue.THREAT_PETITION),
            l("我就去政府上访。", Cue.THREAT_PETITION),
            l("我就到市政府门口去讨个说法。", Cue.THREAT_PETITION),
            l("我就给市长信箱写信。", Cue.THREAT_PETITION),
            l("我就打银保监的热线，让他们来管管你们。", Cue.THREAT_REGULATOR),
            l("我会向地方金融监督管理局递交书面投诉。", Cue.THREAT_REGULATOR),
            l("我就把你们告上法庭，该赔多少赔多少。", Cue.THREAT_LEGAL),
            l("我会委托律师给你们发律师函。", Cue.THREAT_LEGAL),
            l("我就在小红书和微博上发帖，让大家都看看。", Cue.THREAT_MEDIA),
            l("我会把通话录音交给记者。", Cue.THREAT_MEDIA),
            l("我就去公安局经侦大队报案。", Cue.THREAT_POLICE),
            l("我就去县政府信访办反映。", Cue.THREAT_PETITION));

    static final List<Line> ALREADY_ESCALATED = List.of(
            l("我上周已经打过12378了，到现在都没人联系我，你们到底管不管！", Cue.ALREADY_ESCALATED, Cue.STRONG_ANGER),
            l("我已经报警了，你们催收的人就等着吧！", Cue.ALREADY_ESCALATED, Cue.STRONG_ANGER),
            l("我已经在黑猫上投诉了，你们还是这个态度！", Cue.ALREADY_ESCALATED, Cue.STRONG_ANGER),
            l("律师函我已经让律师发给你们了，你们一直装聋作哑！", Cue.ALREADY_ESCALATED, Cue.STRONG_ANGER),
            l("市长热线我也打过了，你们就是拖着不办，真把人气死！", Cue.ALREADY_ESCALATED, Cue.STRONG_ANGER),
            l("人民银行那边我也反映过了，你们还想糊弄我？", Cue.ALREADY_ESCALATED, Cue.STRONG_ANGER));

    static final List<Line> ACUTE_DISTRESS = List.of(
            l("我真的活不下去了。", Cue.ACUTE_DISTRESS),
            l("我已经走投无路了，不知道还能怎么办。", Cue.ACUTE_DISTRESS),
            l("每天晚上都睡不着，感觉整个人快崩溃了。", Cue.ACUTE_DISTRESS),
            l("我现在连死的心都有了。", Cue.ACUTE_DISTRESS),
            l("再这么逼我，我只能从楼上跳下去了。", Cue.ACUTE_DISTRESS),
            l("家里已经揭不开锅了，孩子学费都交不上，我真的撑不下去了。", Cue.ACUTE_DISTRESS),
            l("这些天我一直在哭，不知道该找谁。", Cue.ACUTE_DISTRESS),
            l("我已经被逼到绝路上了。", Cue.ACUTE_DISTRESS),
            l("真想一了百了算了。", Cue.ACUTE_DISTRESS),
            l("我觉得活着太累了，什么都不想管了。", Cue.ACUTE_DISTRESS),
            l("我爸妈知道以后一病不起，都是我害的，我不想活了。", Cue.ACUTE_DISTRESS),
            l("我现在一听到电话响就心慌手抖，整夜整夜合不上眼。", Cue.ACUTE_DISTRESS),
            l("我已经好几个晚上没睡了，一闭眼就是催收电话。", Cue.ACUTE_DISTRESS),
            l("我现在每天都在想，是不是我死了这事就结束了。", Cue.ACUTE_DISTRESS),
            l("压力太大了，我真的扛不住了，不知道明天该怎么过。", Cue.ACUTE_DISTRESS));

    static final List<Line> VULNERABLE = List.of(
            l("我今年{age}岁了，不太会用手机。", Cue.VULNERABLE),
            l("我是退休工人，每个月就靠{fee}退休金过日子。", Cue.VULNERABLE),
            l("我刚做完手术，还在家里休养。", Cue.VULNERABLE),
            l("我去年被公司裁员了，到现在还没找到工作。", Cue.VULNERABLE),
            l("我老伴住院了，家里开销很大。", Cue.VULNERABLE),
            l("我腿脚有残疾，行动不方便，没法去线下办。", Cue.VULNERABLE),
            l("我怀孕七个月了，现在没有收入。", Cue.VULNERABLE),
            l("我还在上大学，没有固定收入。", Cue.VULNERABLE),
            l("我查出来是乳腺癌，正在化疗。", Cue.VULNERABLE),
            l("家里孩子生病住院，钱都花在医院了。", Cue.VULNERABLE),
            l("我一个人带两个孩子，平时打零工。", Cue.VULNERABLE));

    /** Regulators, the media, lawyers or the police named without a threat: negated, hypothetical or someone else's. */
    static final List<Line> NON_THREAT_MENTIONS = List.of(
            l("我不想闹到监管那里，只希望你们把钱退给我。", Cue.NON_THREAT_MENTION),
            l("之前有人说要报警，但我没有，我还是相信你们能处理好。", Cue.NON_THREAT_MENTION),
            l("朋友劝我找律师，我觉得没必要，咱们好好沟通就行。", Cue.NON_THREAT_MENTION),
            l("我也没打算去投诉到哪里，就是想弄明白怎么回事。", Cue.NON_THREAT_MENTION),
            l("我不会去网上乱说的，你们给个说法就好。", Cue.NON_THREAT_MENTION),
            l("我并不是要去起诉你们，只是想问清楚这笔钱。", Cue.NON_THREAT_MENTION),
            l("网上有人说可以打12378，我觉得没必要，先问问你们。", Cue.NON_THREAT_MENTION),
            l("我不是那种动不动就找媒体的人。", Cue.NON_THREAT_MENTION),
            l("我妹妹在律师事务所上班，她说这种情况可以先跟你们协商。", Cue.NON_THREAT_MENTION),
            l("我是在抖音上看到你们的广告才借的。", Cue.NON_THREAT_MENTION),
            l("新闻上说现在贷款利率都降了，我的能不能也调一下？", Cue.NON_THREAT_MENTION),
            l("上次客服说对征信有异议也可以找人民银行征信中心，我想先问问你们能不能直接处理。", Cue.NON_THREAT_MENTION),
            l("我不打算找监管，也不想找律师，只要把多扣的钱退回来。", Cue.NON_THREAT_MENTION),
            l("放心，我不会去曝光你们，只想要个解释。", Cue.NON_THREAT_MENTION),
            l("去年我邻居的事闹到法院去了，我可不想那样。", Cue.NON_THREAT_MENTION),
            l("我老公说要去消协，我拦住了，还是想先跟你们谈。", Cue.NON_THREAT_MENTION),
            l("我同事之前投诉到12378，但我不想搞那么复杂。", Cue.NON_THREAT_MENTION),
            l("你们放心，我不会去报警，只想把事情说清楚。", Cue.NON_THREAT_MENTION),
            l("我看网上说可以找律师，但我没这个打算。", Cue.NON_THREAT_MENTION));

    /** How people open: before the first sentence. */
    static final List<String> DISCOURSE_OPENERS = List.of("是这样的，", "我想反映个事，", "说一下我的情况，", "那个，",
            "我问一下，", "麻烦看一下，", "我是你们的老客户了，", "我长话短说，", "我跟你说个事，");

    /** Details people add about themselves; carry no cue. */
    static final List<String> PERSONAL_DETAILS = List.of("我是{date}在{product}借的{amount}。", "我一直都是按时还款的。",
            "我在{product}借了{amount}，分{term}期。", "我的借款编号是{loanNo}。", "我用你们{product}快一年了。",
            "现在已经还了{n}期。", "我手机尾号是{phoneTail}。", "我是通过{product}借的。", "借款人就是我本人。");

    /**
     * A person's own way of saying the same thing: each rule is a phrase and the words some people use instead. A
     * speaker keeps one choice per rule (or the phrase itself) for the whole complaint.
     */
    static final List<String[]> IDIOLECT = List.of(
            new String[] {"为什么", "为啥", "怎么", "凭啥"},
            new String[] {"根本没人跟我说过", "压根没人告诉过我", "从头到尾没人提过"},
            new String[] {"借款(?!人)", "贷款"},
            new String[] {"你们公司", "你们平台", "贵公司"},
            new String[] {"扣了我", "划走了我", "扣走我"},
            new String[] {"卡里", "卡上", "账户里"},
            new String[] {"一直(?!都|在)", "始终", "老是"},
            new String[] {"到现在", "到今天", "直到现在"},
            new String[] {"(?<!到|直到)现在", "目前", "眼下"},
            new String[] {"能不能", "可不可以", "能否"},
            new String[] {"可以吗", "行吗", "可以不"},
            new String[] {"谢谢", "多谢", "感谢"},
            new String[] {"没有任何通知", "一点通知都没有", "也没人通知我"},
            new String[] {"莫名其妙", "不明不白地", "稀里糊涂"},
            new String[] {"完全不知情", "一点都不知道", "根本不知道"},
            new String[] {"退给我", "退回来", "还给我"},
            new String[] {"多扣", "多收", "多划"},
            new String[] {"每个月", "每月", "月月"},
            new String[] {"APP", "app", "App", "手机应用"},
            new String[] {"解释", "说明"},
            new String[] {"，结果", "，没想到", "，谁知道"},
            new String[] {"征信报告上", "征信上", "信用报告上", "人行征信里"},
            new String[] {"额度", "借款额度", "可用额度"},
            new String[] {"注销账户", "注销账号", "把账号销掉"},
            new String[] {"请(?=尽快|核实|给我)", "麻烦", "希望你们"},
            new String[] {"太差了", "太差劲了", "真的很差"},
            new String[] {"我想(?=一次性|把|注销|申请)", "我打算", "我准备"},
            new String[] {"麻烦帮我", "请帮我", "帮我"},
            new String[] {"想咨询一下", "想问问", "咨询下", "想了解一下"},
            new String[] {"请问一下", "问一下", "想问下"},
            new String[] {"手机号", "电话号码", "手机号码"},
            new String[] {"上个月", "上月"},
            new String[] {"这个月", "本月", "这月"},
            new String[] {"(?<=我)已经", "都已经", "早就"},
            new String[] {"同事", "单位同事"},
            new String[] {"天天", "每天", "成天"},
            new String[] {"我妈", "我母亲", "我老妈"},
            new String[] {"怎么回事", "咋回事", "什么情况"},
            new String[] {"不知道", "搞不清", "不清楚"},
            new String[] {"一共", "总共", "前后一共"},
            new String[] {"打了一上午", "打了一早上", "打了半天"},
            new String[] {"转不到人工", "转不了人工", "接不通人工"},
            new String[] {"答非所问", "说的都不是我问的", "根本听不懂我说什么"},
            new String[] {"没人理我", "没人联系我", "一点消息都没有"},
            new String[] {"三个工作日", "3个工作日", "三天"},
            new String[] {"上周", "上个礼拜", "前几天"},
            new String[] {"反映过", "投诉过", "说过"},
            new String[] {"结清", "还清", "还完"},
            new String[] {"系统维护", "系统升级", "系统在维护"},
            new String[] {"打不开", "进不去", "一直闪退"},
            new String[] {"银行卡", "储蓄卡", "工资卡"},
            new String[] {"不耐烦", "爱答不理"},
            new String[] {"一大截", "好多", "一大笔"},
            new String[] {"显示", "写着"},
            new String[] {"给我一个", "给个", "给我个"},
            new String[] {"这笔钱", "这个钱", "这笔费用"},
            new String[] {"合同里", "合同上", "协议里"},
            new String[] {"(?<=才|不)知道", "晓得"},
            new String[] {"马上", "立刻", "赶紧"});

    // ---------------------------------------------------------------------------------------------------------
    // Proxy agencies: templates (written) and scripts (read out or typed by the borrower)

    /** The borrower's opening in an agency template; {@code 本人} becomes {@code 委托人} when the agency writes as agent. */
    static final List<String> TEMPLATE_OPENINGS = List.of(
            "本人{name}，于{date}通过贵司“{product}”平台借款{amount}，分{term}期偿还。",
            "我叫{name}，{date}在贵公司{product}申请借款{amount}，借款期限{term}个月。",
            "投诉人{name}于{date}在{product}借款{amount}，约定分{term}期还款。",
            "本人{name}在贵司{product}有一笔借款，借款时间{date}，金额{amount}，期限{term}期。",
            "{date}，本人{name}经贵司{product}平台借款{amount}，现就该笔借款提出投诉。");

    /** Grievance groups; a template picks some groups and one wording per group. */
    static final List<List<String>> TEMPLATE_GRIEVANCES = List.of(
            List.of("贵司实际收取的综合年化利率远超24%，已超出法律保护上限。",
                    "经计算，该笔借款综合年化成本超过36%，明显违反国家关于借贷利率的规定。",
                    "借款时贵司未明确告知真实年化利率，实际利率远高于宣传。",
                    "贵司利息、服务费等合计折算年利率严重超标，涉嫌变相高利放贷。"),
            List.of("放款时贵司强制搭售会员服务及保险，未经本人同意扣除相关费用。",
                    "贵司在放款过程中捆绑销售权益卡，收取担保费、服务费等不合理费用，变相提高借款成本。",
                    "借款到手金额与合同金额不符，贵司以各种名目预先扣除费用，属于砍头息。"),
            List.of("逾期后，贵司及委外催收人员频繁骚扰本人及家人、同事，言语恐吓，严重影响本人正常生活。",
                    "催收人员多次拨打本人通讯录联系人电话，泄露本人借款信息。",
                    "贵司催收方式违规，存在辱骂、威胁、冒充公检法等行为。"),
            List.of("借款合同为格式条款，贵司未尽到提示说明义务。",
                    "贵司未向本人提供完整的借款合同及费用明细，侵犯了本人的知情权。",
                    "贵司在借款页面对费用的展示存在误导，本人签约时并不知晓实际成本。"),
            List.of("本人因失业收入中断，目前确实无力按原合同还款。",
                    "本人近期生意失败、家人患病，经济十分困难，已无力偿还。",
                    "本人目前收入大幅减少，每月收入不足以支付各平台还款。",
                    "本人名下多笔借款到期，家庭负担沉重，已无法继续按期还款。"));

    static final List<String> TEMPLATE_DEMAND_INTROS = List.of("现本人要求：", "故提出以下诉求：", "为此，本人诉求如下：",
            "特向贵司提出如下要求：", "本人诉求：");

    /** Demand groups (§2: suspend, refund, reduce, delete the record, stop collection); one wording per group. */
    static final List<List<String>> TEMPLATE_DEMANDS = List.of(
            List.of("停息挂账，本金分{months}期偿还", "停止计息并暂停催收，给予{months}期分期方案",
                    "冻结利息、暂缓还款，待本人经济好转后再协商还本", "暂停一切还款及催收，作挂账处理",
                    "停止产生新的利息和罚息，本金延期分{months}个月还清",
                    "依据《商业银行信用卡业务监督管理办法》第七十条，给予本人最长60期的个性化分期"),
            List.of("全额退还已收取的全部利息及服务费", "退还超过法定利率部分的利息",
                    "退回担保费、会员费、保险费等所有不合理费用", "返还多收的利息共计{fee}",
                    "将已支付的各项费用原路退回",
                    "退还借款以来多收取的全部利息及费用"),
            List.of("减免部分本金", "本金打折结清", "只还本金，免除全部利息、罚息和违约金", "按剩余本金的{pct}一次性结清"),
            List.of("撤销本人在征信系统中的不良记录", "消除征信逾期记录，恢复本人信用", "对本人征信进行修复",
                    "处理期间不得上报征信"),
            List.of("立即停止一切催收行为", "停止对本人及家人的一切电话骚扰", "不得再联系本人的亲友和单位"));

    static final List<Line> TEMPLATE_CLOSINGS_THREAT = List.of(
            l("如贵司在{days}日内不予妥善处理，本人将向金融监管总局、中国人民银行等部门投诉，并保留通过法律途径维权的权利。",
                    Cue.THREAT_REGULATOR, Cue.THREAT_LEGAL),
            l("若贵司拒不整改，本人将向监管机构举报并向法院提起诉讼。", Cue.THREAT_REGULATOR, Cue.THREAT_LEGAL),
            l("逾期不回复将视为贵司拒绝协商，本人将采取进一步措施，包括但不限于向媒体反映。", Cue.THREAT_MEDIA),
            l("否则本人将通过12378及诉讼等方式维护自身合法权益。", Cue.THREAT_REGULATOR, Cue.THREAT_LEGAL),
            l("贵司如继续推诿，本人将向有关部门实名举报贵司违规放贷行为。", Cue.THREAT_REGULATOR),
            l("如贵司仍不予回应，本人将依法向人民法院提起诉讼，由此产生的一切后果由贵司承担。", Cue.THREAT_LEGAL),
            l("本人保留向国家金融监督管理总局及当地人民银行进一步反映的权利。", Cue.THREAT_REGULATOR));

    static final List<Line> TEMPLATE_CLOSINGS_NEUTRAL = List.of(
            l("望贵司核实并妥善处理。"),
            l("请贵司在规定期限内给予书面答复。"),
            l("希望贵司本着解决问题的态度与本人协商。"),
            l("以上情况属实，请依法处理。"),
            l("盼复。"));

    /** How a template hands over to the agent; {agent} and {agentPhone} are the agency's. */
    static final List<String> TEMPLATE_AGENT_LINES = List.of(
            "本人已全权委托{agent}代为处理此事，请与其联系，电话{agentPhone}。",
            "本人已授权代理人{agent}处理后续协商事宜，请贵司直接与代理人沟通。",
            "后续事宜由委托代理人负责，请勿再直接联系本人及家人。",
            "本人已委托专业机构处理，相关沟通请联系{agentPhone}。",
            "此事本人已交由{agent}全权处理。");

    /** Spoken script groups a borrower types or reads out for the agency. */
    static final List<List<String>> SCRIPT_OPENINGS = List.of(List.of(
            "你好，我要投诉你们{product}。", "我要反映一下我在你们平台借款的问题。",
            "你好，我是{product}的借款人，现在有几个问题要你们处理。", "我在你们这借了{amount}，现在要投诉。"));

    static final List<List<String>> SCRIPT_CLAIMS = List.of(
            List.of("你们的利息太高了，年化都超过36%了，这是违法的。", "你们这个利率已经超过国家规定的上限了。",
                    "我算过了，你们的综合利率超过24%，超出的部分法律不保护。",
                    "按照国家规定，年化超过24%的利息我是不用还的。"),
            List.of("借款的时候还强制让我买了会员和保险。", "放款的时候扣了我担保费，这就是砍头息。",
                    "你们借款的时候捆绑了一堆收费项目，我根本没同意。",
                    "你们放款的时候偷偷扣了一笔服务费，到手的钱根本不够。"),
            List.of("我现在失业了，真的没有能力还款。", "你们的催收天天打我家里人电话，已经严重影响我的生活了。",
                    "我现在家里有困难，收入没了。",
                    "我现在一个人背着好几个平台的债，真的周转不过来了。"));

    static final List<List<String>> SCRIPT_DEMANDS = List.of(
            List.of("我要求停息挂账，本金分{months}期慢慢还。", "你们先把利息停掉，给我做个个性化分期。",
                    "利息我不认，我只还本金。", "我要申请暂停还款，等我缓过来再说。",
                    "按《商业银行信用卡业务监督管理办法》第七十条，你们应该给我做60期的个性化分期。"),
            List.of("已经收的利息和服务费要全部退给我。", "多收我的那些费用你们必须退回来。", "把担保费和会员费都退给我。",
                    "之前多扣的利息全部退回来，不然我一分钱都不会再还。"),
            List.of("我的征信你们要给我恢复，逾期记录要删掉。", "还有征信上的不良记录必须撤销。", "不准再上报我的征信。",
                    "逾期是你们造成的，逾期记录你们得给我消掉。"));

    static final List<Line> SCRIPT_CLOSINGS_THREAT = List.of(
            l("今天必须给我一个答复，不然我就去银保监会投诉。", Cue.THREAT_REGULATOR),
            l("你们不处理，我就直接向金融监管局和人民银行反映。", Cue.THREAT_REGULATOR),
            l("如果不同意，我就去法院起诉你们。", Cue.THREAT_LEGAL),
            l("你们今天不给方案，我马上打12378。", Cue.THREAT_REGULATOR),
            l("不同意的话我就在黑猫投诉上曝光你们。", Cue.THREAT_MEDIA));

    static final List<Line> SCRIPT_CLOSINGS_NEUTRAL = List.of(
            l("我等你们的回复。"), l("你们尽快给我一个方案。"), l("这是我的诉求，请你们记录一下。"));

    // ---------------------------------------------------------------------------------------------------------
    // Channel furniture

    static final List<String> PHONE_FILLERS = List.of("喂，你好。", "嗯，", "就是那个，", "对对对。", "你听我说，",
            "怎么说呢，", "喂？听得到吗？", "是这样的，");

    static final List<String> PHONE_AGENT_LINES = List.of("您好，很高兴为您服务，请问有什么可以帮您？",
            "好的，麻烦您提供一下身份证后四位。", "我理解您的心情，我这边帮您查询一下。", "请您稍等。",
            "这个问题我会提交给相关部门核实，会在48小时内给您回复。", "还有其他可以帮您的吗？",
            "非常抱歉给您带来不便。", "您的诉求我已经记录下来了。");

    static final List<String> CHAT_BOT_LINES = List.of("您好，我是智能客服，请问有什么可以帮您？",
            "正在为您转接人工客服，请稍候。", "您好，人工客服为您服务。", "已为您记录，我们会尽快处理。",
            "请问还有其他问题吗？");

    /** How a regulator's operator describes the customer's state (third person). */
    static final List<Line> OPERATOR_ANGER = List.of(
            l("来电人情绪激动，言辞激烈。", Cue.STRONG_ANGER),
            l("投诉人情绪较为激动，多次表示对贵司处理极度不满。", Cue.STRONG_ANGER),
            l("来电人语气强硬，认为贵司是在欺骗消费者。", Cue.STRONG_ANGER));

    static final List<Line> OPERATOR_THREATS = List.of(
            l("来电人表示如不妥善处理将向媒体曝光。", Cue.THREAT_MEDIA),
            l("投诉人称将通过诉讼途径解决。", Cue.THREAT_LEGAL),
            l("来电人表示若得不到解决将继续向上级部门反映。", Cue.THREAT_REGULATOR),
            l("投诉人称已咨询律师，准备起诉。", Cue.THREAT_LEGAL));

    static final List<Line> OPERATOR_CALM = List.of(l("来电人希望贵司核实处理。"), l("请贵司依法妥善处理并答复投诉人。"),
            l("投诉人要求贵司给予合理解释。"));

    static final List<Line> OPERATOR_DISTRESS = List.of(
            l("来电人情绪低落，多次表示不想活了。", Cue.ACUTE_DISTRESS),
            l("投诉人称已被逼得走投无路，请贵司重点关注。", Cue.ACUTE_DISTRESS));
}
