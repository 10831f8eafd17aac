package org.complaintsuite.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Synthetic complaint texts in simplified Chinese, as customers of a consumer-finance firm write them: ten topics,
 * each with its own clause templates, filled from shared slot lists, so that unrelated complaints are dissimilar
 * (different clauses, different fillings) while topic words (催收, 利息, 征信...) recur. Lengths run from a dozen
 * characters to 400. Proxy agencies' complaints come from per-agency templates: near-duplicates within an agency,
 * only loosely alike across agencies.
 */
final class PhraseBank {

    private PhraseBank() {
    }

    static final int MAX_LENGTH = 400;

    // ------------------------------------------------------------------------------------------------ slots

    private static final Map<String, String[]> SLOTS = Map.ofEntries(
            Map.entry("product", new String[] {"安心贷", "易借花", "小橙分期", "闪电贷", "随心借", "好期贷", "星河白条",
                    "稳稳借", "快易花", "金瓜贷", "惠民分期", "乐享借", "普惠信用贷", "极速贷", "月光宝盒分期", "零用钱包",
                    "家装分期", "车主贷", "教育分期", "手机分期", "白金信用卡", "联名信用卡", "青春卡", "商户经营贷",
                    "消费分期", "现金分期", "账单分期", "备用金", "应急钱包", "周转贷"}),
            Map.entry("collector", new String[] {"催收人员", "第三方催收公司", "外包催收", "自称律师的人", "你们的工作人员",
                    "一个自称法务部的男的", "催收员", "贷后管理的人", "一个外地口音的女的", "自称调解中心的人",
                    "你们委托的公司", "一个姓王的催收", "所谓的风控专员", "号称资产管理公司的人", "陌生号码"}),
            Map.entry("harass", new String[] {"打电话辱骂", "发短信威胁", "上门骚扰", "在微信群里曝光", "冒充法院工作人员",
                    "爆通讯录", "威胁要起诉", "说要上门找", "用不同号码轮番轰炸", "半夜打电话", "发律师函恐吓",
                    "说要通知单位领导", "用脏话骂", "说要让坐牢", "伪造传票发给", "打到老家村委会找",
                    "在朋友圈发照片", "给孩子的学校打电话", "冒充公安局", "一天打几十个电话给"}),
            Map.entry("relative", new String[] {"我妈妈", "我爸", "我老婆", "我老公", "我姐姐", "我弟弟", "我同事",
                    "我领导", "我朋友", "我儿子", "我女儿", "我的紧急联系人", "我公司前台", "我邻居", "我岳父",
                    "我婆婆", "我表哥", "我大学室友", "我们村支书", "我前同事", "我舅舅", "我八十岁的奶奶"}),
            Map.entry("when", new String[] {"每天早上七点", "半夜十二点", "上班时间", "春节期间", "连续一个星期",
                    "这三个月来", "昨天下午", "上周五晚上", "中秋节当天", "我住院期间", "凌晨两点多", "开会的时候",
                    "孩子高考那几天", "周末一大早", "国庆假期", "最近半个月", "从上个月开始", "刚才", "前天中午",
                    "今年以来"}),
            Map.entry("feeling", new String[] {"我现在精神压力很大", "我已经失眠好几天了", "家里人都不理解我",
                    "我觉得非常愤怒", "我实在受不了了", "整个人都崩溃了", "在单位抬不起头", "孩子都被吓哭了",
                    "血压一直降不下来", "真的很无奈", "感觉被欺骗了", "心里特别委屈", "已经影响到正常生活",
                    "简直欺人太甚", "真的是走投无路", "每天提心吊胆"}),
            Map.entry("cause", new String[] {"因为生病住院", "因为疫情失业了", "公司拖欠工资", "生意失败",
                    "家里老人生病", "车祸受伤", "孩子上学花销大", "工厂倒闭", "离婚分割财产", "被朋友借钱不还",
                    "门店关门", "工资被降了一半", "老公去世", "做手术花光积蓄", "被骗子骗了钱", "外卖生意不好"}),
            Map.entry("fee", new String[] {"砍头息", "服务费", "担保费", "会员费", "保险费", "提前还款手续费",
                    "违约金", "逾期罚息", "年费", "分期手续费", "账户管理费", "信息咨询费", "加速审核费", "复利",
                    "滞纳金", "短信提醒费", "权益包费用", "评估费"}),
            Map.entry("channel", new String[] {"客服热线", "APP在线客服", "营业网点", "微信公众号", "官方微博",
                    "客户经理", "投诉邮箱", "人工客服", "智能客服", "小程序"}),
            Map.entry("demand", new String[] {"要求你们停止骚扰", "要求退还多收的利息", "要求删除不良征信记录",
                    "要求给个合理的解释", "要求减免罚息", "要求赔偿我的损失", "希望尽快处理", "要求退还保险费",
                    "要求恢复额度", "要求解冻账户", "要求书面道歉", "要求调取通话录音", "要求核实账单",
                    "要求处理涉事员工", "要求延期还款", "希望能分期偿还本金", "要求撤销这笔贷款", "要求退回年费"}),
            Map.entry("threat", new String[] {"不处理我就去银保监会投诉", "我会打12378反映", "我要去法院起诉你们",
                    "我会找媒体曝光", "我要在黑猫投诉上发帖", "我会报警", "我会向人民银行投诉",
                    "我要找电视台", "我会打12315", "我会去信访", "我要请律师", "我会发到抖音上"}),
            Map.entry("city", new String[] {"深圳", "广州", "东莞", "佛山", "杭州", "宁波", "成都", "重庆", "武汉",
                    "长沙", "郑州", "西安", "南京", "苏州", "合肥", "南昌", "福州", "厦门", "昆明", "贵阳",
                    "南宁", "石家庄", "济南", "青岛", "沈阳", "哈尔滨", "天津", "北京", "上海", "温州"}),
            Map.entry("merchant", new String[] {"某电商平台", "一家健身房", "驾校", "培训机构", "装修公司",
                    "手机店", "医美机构", "二手车行", "家具城", "旅行社", "婚纱影楼", "电器商场", "网络游戏",
                    "直播平台", "宠物店"}),
            Map.entry("amountWord", new String[] {"三千多", "五千", "一万二", "两万", "八千块", "一千五", "六万多",
                    "四百多", "两千", "九千", "十几万", "三万", "七千多", "一万", "几百块"}),
            Map.entry("person", new String[] {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙",
                    "胡", "朱", "高", "林", "何", "郭", "马", "罗"}),
            Map.entry("given", new String[] {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军",
                    "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "海燕",
                    "晓东", "丹丹", "文博", "子涵", "雨轩"}));

    // ------------------------------------------------------------------------------------------------ topics

    /**
     * A topic as parts of clauses: who, what they did (the topic's words), to what or whom, and details. A clause
     * joins a few parts drawn independently, so two complaints on one topic share words but rarely whole clauses.
     */
    private record Topic(String[] subjects, String[] acts, String[] objects, String[] details) {
    }

    private static final Topic[] TOPICS = {
            new Topic( // abusive collection
                    new String[] {"{collector}", "你们的{collector}", "{collector}", "对方", "那个{collector}",
                            "{collector}和他的同事", "一个自称{collector}的"},
                    new String[] {"{harass}", "天天{harass}", "不停地{harass}", "恶意{harass}", "威胁", "恐吓",
                            "辱骂", "骚扰", "打电话骚扰", "发短信给", "上门去找", "暴力催收", "冒充警察吓唬",
                            "在群里公开了", "找到单位去找", "电话轰炸", "用脏话辱骂", "说要起诉", "逼着我借钱还",
                            "把催收函寄给", "拿着我的照片去找"},
                    new String[] {"{relative}", "我和{relative}", "我的通讯录好友", "我全家", "我单位的人",
                            "我们小区物业", "我本人", "{relative}和{relative}", "我孩子的班主任"},
                    new String[] {"逾期才{cn}天", "欠款{amountWord}", "一天打了{cn}个电话", "说话特别难听",
                            "还说知道我住在哪", "让我去借网贷还", "说不还就让我好看", "录音我都留着",
                            "号码都是外地的", "我说了在想办法还", "连过年都不放过", "我都已经还了一部分"}),
            new Topic( // fees and interest
                    new String[] {"你们", "{product}", "贵公司", "这笔贷款", "合同", "业务员", "APP上",
                            "{channel}"},
                    new String[] {"多收了", "偷偷扣了", "乱收", "变相收取", "额外收了", "没告知就收了", "重复收了",
                            "强行扣了", "巧立名目收", "每个月都扣", "提前扣除了", "隐瞒了", "不肯退还",
                            "按天收", "拒绝减免"},
                    new String[] {"{fee}", "{fee}和{fee}", "利息", "罚息", "高额利息", "{fee}{amountWord}",
                            "一大笔{fee}", "年化{cn}的利息"},
                    new String[] {"实际利率远超宣传", "比本金还多", "合同里根本没写", "借款前没有说明",
                            "到手金额少了一大截", "算下来年化超过百分之三十六", "宣传说是免息的",
                            "我借了{amountWord}只到手{amountWord}", "账单上看不出明细", "每期都有",
                            "客服也解释不清楚"}),
            new Topic( // credit report
                    new String[] {"你们", "{product}", "贵司", "系统", "人民银行征信中心的报告", "我的征信报告"},
                    new String[] {"乱报征信", "错报了逾期", "上报了不良记录", "多报了一条贷款",
                            "没经同意查了征信", "把结清的贷款报成欠款", "迟迟不更正征信", "显示我逾期",
                            "出现了陌生贷款", "查询了{cn}次", "把担保记录报成本人贷款"},
                    new String[] {"导致房贷批不下来", "影响我办信用卡", "车贷被拒了", "找工作背调没通过",
                            "孩子上学政审有影响", "公积金贷款被拒", "经营贷办不下来", "连手机分期都办不了"},
                    new String[] {"我早就结清了", "我{cause}才晚了几天", "{channel}答应更正却没改", "我从没借过这笔钱",
                            "已经是{cn}年前的事了", "银行说是你们报的", "我有还款记录可以证明"}),
            new Topic( // privacy
                    new String[] {"你们", "{product}的APP", "你们的员工", "客服", "合作的{merchant}", "某个业务员"},
                    new String[] {"泄露了", "偷偷读取了", "出卖了", "私自给了{merchant}", "到处传播",
                            "未经授权使用了", "随意查看了", "告诉了{relative}", "公开了", "拿去办了贷款"},
                    new String[] {"我的身份证号", "我的通讯录", "我的家庭住址", "我的借款信息", "我的银行卡号",
                            "我的照片", "我的工作单位", "我的手机号", "我的征信报告", "我的聊天记录"},
                    new String[] {"现在天天接到推销电话", "{relative}都知道我借钱了", "有人冒用我的身份借款",
                            "我注销账号后还在用", "对方能说出我的住址", "我从没授权过", "骗子打电话说得很准"}),
            new Topic( // cards
                    new String[] {"你们", "我的{product}", "信用卡中心", "{channel}", "系统", "卡片"},
                    new String[] {"无故降额", "乱扣年费", "被盗刷", "重复扣款", "莫名其妙冻结", "清零了积分",
                            "自动办了分期", "收了超限费", "拒绝调额", "突然停卡", "多收了最低还款的利息"},
                    new String[] {"{amountWord}", "额度从{amountWord}降到{amountWord}", "在{merchant}的消费",
                            "{city}出差的时候", "境外的交易", "上个月的账单", "{cn}笔交易"},
                    new String[] {"首年说好免年费", "我从没申请过", "没有任何通知", "问客服也说不清",
                            "交易地点我根本没去过", "卡一直在我身上", "我用卡一直很规范"}),
            new Topic( // repayment and debits
                    new String[] {"系统", "你们", "APP", "{channel}", "{product}", "扣款银行"},
                    new String[] {"显示逾期", "扣款失败", "多扣了一期", "拒绝提前还款", "不给开结清证明",
                            "不同意延期", "扣款不提醒", "重复扣了", "把还款算错了", "没有及时入账"},
                    new String[] {"我按时还的款", "还款日当天", "{amountWord}的还款", "我申请的提前还款",
                            "最后一期", "{cn}月份的账单", "协商好的分期"},
                    new String[] {"我{cause}，暂时还不上", "我有转账记录", "卡里钱是够的", "说好的减免不认账",
                            "申请了{cn}次都没处理", "导致我多交了罚息", "APP一直打不开"}),
            new Topic( // service
                    new String[] {"{channel}", "客服", "客户经理", "网点工作人员", "你们的专员", "值班经理"},
                    new String[] {"态度恶劣", "一直打不通", "互相推诿", "答复前后不一致", "直接挂我电话",
                            "承诺了不兑现", "让我等消息就没下文", "敷衍了事", "不给工单号", "说话阴阳怪气"},
                    new String[] {"我反映的问题", "我的投诉", "上次的工单", "我的退款申请", "我的诉求",
                            "转人工的请求"},
                    new String[] {"已经等了{cn}天", "每次都说有专人联系", "打了{cn}次电话", "排队要{cn}分钟",
                            "去了{city}的网点也没用", "根本不解决问题"}),
            new Topic( // bundled insurance
                    new String[] {"业务员", "{product}", "你们", "APP", "合作的保险公司"},
                    new String[] {"强制搭售", "默认勾选了", "捆绑销售", "不买就不放款", "偷偷开通了",
                            "拒绝退还", "说过了犹豫期不给退"},
                    new String[] {"保险", "会员", "权益包", "{fee}", "意外险", "加速审核服务", "账户安全险"},
                    new String[] {"每月扣{amountWord}", "我根本不知情", "放款后才发现", "合同里找不到",
                            "要退保就得先还清"}),
            new Topic( // accounts
                    new String[] {"我的账户", "你们", "系统", "{channel}", "APP"},
                    new String[] {"被无故冻结", "转账一直处理中", "登录不上", "余额少了", "注销不了",
                            "不让解冻", "要求补交材料"},
                    new String[] {"{amountWord}", "我的工资", "账户里的钱", "我的资料", "解冻申请"},
                    new String[] {"要去{city}的网点才能办", "材料交了{cn}次", "说是风控原因",
                            "耽误了我给老人看病", "没有任何短信通知"}),
            new Topic( // marketing
                    new String[] {"你们", "{product}", "{merchant}", "业务员", "营销团队"},
                    new String[] {"不停发营销短信", "打推销电话", "以你们名义推销贷款", "上门推销",
                            "退订了还在发", "冒充客服推销"},
                    new String[] {"给我", "给{relative}", "在上班时间", "{when}", "一天{cn}次"},
                    new String[] {"我从来没注册过", "已经拉黑了还换号打", "严重影响工作", "说是你们的合作方"}),
    };

    private static final String[] PATTERNS = {
            "{S}{A}{O}", "{S}{A}{O}，{D}", "{W}{S}{A}{O}", "{S}{ADV}{A}{O}", "{D}，{S}{A}{O}", "{M}{S}{ADV}{A}{O}",
            "{S}{A}{O}，{M}{D}", "{W}，{S}{ADV}{A}", "{D}", "{M}{D}", "{S}{A}", "{O}被{S}{A}",
    };

    private static final String[] ADVERBS = {"", "", "又", "一直", "竟然", "居然", "多次", "总是", "反复", "还",
            "直接", "偷偷", "故意", "公然", "屡次"};

    private static final String[] MARKERS = {"然后", "结果", "而且", "但是", "后来", "没想到", "说实话", "你们看看",
            "更过分的是", "最可气的是", "关键是", "另外", "还有", "本来", "其实", "现在"};

    private static final String[] OPENINGS = {
            "我是{product}的用户", "本人在贵公司办理了{product}", "你好，我要投诉", "我想反映一个问题",
            "我{cn}年开始用你们的{product}", "我在{city}工作，用的是{product}", "我要投诉你们的{product}",
            "我是{person}{given}", "麻烦转给负责人", "我姓{person}", "{when}我在{city}", "我是老客户了",
            "我不想多说废话", "事情是这样的",
    };

    private static final String[] CLOSINGS = {"请尽快给我答复", "等你们的电话", "谢谢", "希望你们重视",
            "不要再推诿了", "给个说法", "我保留追究的权利", "这件事必须解决", "麻烦了", "请核实处理"};

    private static final String[] SHORT = {
            "我要投诉催收", "利息太高了", "为什么乱扣钱", "你们的客服太差了", "征信有问题", "别再打电话了",
            "要求退费", "怎么还没放款", "卡被冻结了", "我要注销", "账单不对", "保险要退", "为什么降额",
            "信息被泄露", "不同意扣款", "我要投诉你们",
    };

    // ------------------------------------------------------------------------------------------------ agencies

    /** Clauses proxy agencies put in their templates; each agency picks its own selection, order and wording. */
    private static final String[][] AGENCY_CLAUSES = {
            {"本人{person}{given}于{n}年在贵司{product}借款{n}元", "我叫{person}{given}，{n}年通过{product}借款{n}元",
                    "借款人{person}{given}，身份证尾号{n}，在贵司办理{product}{n}元"},
            {"因{cause}导致无法按时还款", "由于{cause}，目前无力偿还", "近期{cause}，收入锐减，还款困难"},
            {"贵司存在以下违规行为：一、收取{fee}，变相提高借款利率", "经核查，贵司违规收取{fee}，变相提高借款成本",
                    "贵司在放款时扣除{fee}，属于砍头息"},
            {"二、综合年化利率超过法定上限，属于高利贷", "综合年化利率远超国家规定的上限",
                    "实际利率超过LPR四倍，违反民间借贷司法解释"},
            {"三、委托第三方{harass}本人及{relative}，严重侵犯隐私", "贵司委托的催收机构{harass}借款人家属，侵犯隐私权",
                    "催收人员多次{harass}本人亲友，造成极大困扰"},
            {"四、未经同意上报征信，导致本人征信受损", "贵司未履行告知义务即上报不良征信",
                    "贵司违规报送征信，损害借款人的信用权益"},
            {"五、借款合同存在格式条款，未尽提示说明义务", "合同中的格式条款未作提示，应属无效",
                    "贵司未对费用条款尽到说明义务"},
            {"本人已委托{agency}全权处理此事", "现全权委托{agency}代为处理", "本人委托{agency}为代理人，全权处理债务事宜"},
            {"现要求贵司停息挂账、全额退息、减免本金", "要求停息挂账并退还已收取的全部利息", "诉求：停息挂账，减免本金及罚息"},
            {"协商个性化分期，分{n}期偿还剩余本金", "申请个性化分期还款，每月还款{n}元", "要求协商还款，按{n}期偿还本金"},
            {"立即删除不良征信记录并出具证明", "修复本人征信并出具无逾期证明", "撤销征信上的逾期记录"},
            {"停止一切催收行为，不得再联系本人及家人", "请立即停止对本人及亲友的催收", "在处理期间暂停一切催收"},
            {"如贵司{n}个工作日内不予处理，本人将向银保监会、人民银行投诉", "逾期未处理将向金融监管总局和人民银行反映",
                    "否则本人将向12378、12363投诉"},
            {"并保留依法维权、提起诉讼的权利", "本人保留通过法律途径维权的权利", "必要时将提起诉讼"},
            {"请贵司与本人委托代理人联系，电话已在委托书中注明", "后续事宜请与代理人对接", "请联系代理人协商，本人不再接听催收电话"},
            {"本人现在经济困难，已无力偿还", "本人目前没有固定收入", "家庭经济十分困难，仅能维持基本生活"},
            {"根据相关法律规定，贵司的行为已涉嫌违法", "贵司的行为违反了消费者权益保护法", "依据个人信息保护法，贵司行为已构成侵权"},
            {"本人要求贵司退还全部利息及{fee}共计{n}元", "要求退还{fee}{n}元", "退还多收取的利息和{fee}"},
            {"另外贵司在{when}多次{harass}{relative}", "{when}贵司催收人员{harass}{relative}", "贵司曾在{when}{harass}{relative}"},
            {"本人的诉求合理合法，望贵司妥善处理", "望贵司本着解决问题的态度妥善处理", "请贵司依法依规处理本人诉求"},
    };

    private static final String[] AGENCY_NAME_HEADS = {"鼎盛", "汇诚", "安信", "正和", "众信", "恒通", "德润",
            "金盾", "公正", "华信", "宏达", "仁和", "明理", "诚信", "卓越", "天平", "利民", "惠安", "锦程", "信达"};
    private static final String[] AGENCY_NAME_TAILS = {"法务咨询有限公司", "债务优化服务中心", "信用修复工作室",
            "商务咨询有限公司", "财务管理有限公司", "维权服务中心", "企业管理咨询有限公司", "法律咨询服务部"};
    private static final String[] LAW_FIRM_TAILS = {"律师事务所", "律师事务所(特殊普通合伙)"};

    static String agencyName(SplittableRandom r, boolean lawFirm, String city) {
        String head = pick(r, AGENCY_NAME_HEADS) + pick(r, AGENCY_NAME_HEADS);
        return city + "市" + head + (lawFirm ? pick(r, LAW_FIRM_TAILS) : pick(r, AGENCY_NAME_TAILS));
    }

    /** An agency's template: a selection of agency clauses in the agency's order, with its own fixed fillings. */
    record AgencyTemplate(List<String> clauses) {
    }

    static AgencyTemplate agencyTemplate(SplittableRandom r, String agency) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < AGENCY_CLAUSES.length; i++) {
            order.add(i);
        }
        // keep the opening first, shuffle the rest, keep 7 to 11 clauses
        for (int i = order.size() - 1; i > 1; i--) {
            int j = 1 + r.nextInt(i);
            int tmp = order.get(i);
            order.set(i, order.get(j));
            order.set(j, tmp);
        }
        int keep = 7 + r.nextInt(5);
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < keep; i++) {
            // fix the agency-specific fillings once: the agency's name, and three quarters of the other slots
            String clause = pick(r, AGENCY_CLAUSES[order.get(i)]).replace("{agency}", agency);
            clauses.add(fill(r, clause, 0.75));
        }
        return new AgencyTemplate(clauses);
    }

    /** One complaint from an agency's template: the remaining slots filled, now and then a clause left out or added. */
    static String agencyText(SplittableRandom r, AgencyTemplate template) {
        StringBuilder text = new StringBuilder();
        for (String clause : template.clauses()) {
            if (text.length() > 0 && r.nextInt(12) == 0) {
                continue;
            }
            if (text.length() > 0) {
                text.append(r.nextInt(3) == 0 ? "。" : "，");
            }
            text.append(fill(r, clause, 1.0));
            if (r.nextInt(10) == 0) {
                text.append("，").append(clause(r, TOPICS[r.nextInt(TOPICS.length)], false));
            }
        }
        text.append("。");
        return cap(text.toString());
    }

    // ------------------------------------------------------------------------------------------------ ordinary texts

    /** A customer's own complaint: one topic mostly, sometimes two, of a length drawn from a skewed distribution. */
    static String customerText(SplittableRandom r) {
        int lengthClass = r.nextInt(100);
        if (lengthClass < 8) {
            // very short: never compared (fewer than 20 significant characters)
            return pick(r, SHORT) + (r.nextBoolean() ? "！" : "");
        }
        int clauses = lengthClass < 20 ? 1 : lengthClass < 70 ? 2 + r.nextInt(3) : lengthClass < 94 ? 5 + r.nextInt(5)
                : 10 + r.nextInt(8);
        Topic topic = TOPICS[r.nextInt(TOPICS.length)];
        Topic second = r.nextInt(4) == 0 ? TOPICS[r.nextInt(TOPICS.length)] : topic;
        StringBuilder text = new StringBuilder();
        if (clauses == 1 || r.nextInt(2) == 0) {
            text.append(fill(r, pick(r, OPENINGS), 1.0)).append("，");
        }
        for (int i = 0; i < clauses; i++) {
            text.append(clause(r, i % 3 == 2 ? second : topic, clauses == 1));
            int extra = clauses == 1 ? r.nextInt(3) : r.nextInt(10);
            if (extra == 0) {
                text.append("，").append(fill(r, "{feeling}", 1.0));
            }
            else if (extra == 1) {
                text.append("，").append(fill(r, "{demand}", 1.0));
            }
            else if (extra == 2) {
                text.append("，").append(fill(r, "{cause}", 1.0));
            }
            text.append(i == clauses - 1 ? "" : r.nextInt(3) == 0 ? "。" : "，");
        }
        if (clauses > 1 && r.nextInt(3) == 0) {
            text.append("，").append(fill(r, "{demand}", 1.0));
        }
        if (r.nextInt(7) == 0) {
            text.append("，").append(fill(r, "{threat}", 1.0));
        }
        if (clauses > 2 && r.nextInt(3) == 0) {
            text.append("。").append(pick(r, CLOSINGS));
        }
        text.append(r.nextInt(4) == 0 ? "！" : "。");
        return cap(text.toString());
    }

    private static String clause(SplittableRandom r, Topic topic, boolean only) {
        String pattern = only ? "{W}{S}{ADV}{A}{O}，{D}" : pick(r, PATTERNS);
        StringBuilder out = new StringBuilder();
        Matcher matcher = SLOT.matcher(pattern);
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "S" -> pick(r, topic.subjects());
                case "A" -> pick(r, topic.acts());
                case "O" -> pick(r, topic.objects());
                case "D" -> pick(r, topic.details());
                case "ADV" -> pick(r, ADVERBS);
                case "M" -> pick(r, MARKERS);
                case "W" -> "{when}";
                default -> matcher.group();
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return fill(r, out.toString(), 1.0);
    }

    /** What a call-center agent writes after a call: short, third person. */
    static String agentSummary(SplittableRandom r) {
        return "客户来电反映" + clause(r, TOPICS[r.nextInt(TOPICS.length)], false) + "，" + fill(r, "{demand}", 1.0)
                + "。";
    }

    static String demands(SplittableRandom r) {
        return fill(r, "{demand}", 1.0);
    }

    static String personName(SplittableRandom r) {
        return pick(r, SLOTS.get("person")) + pick(r, SLOTS.get("given"));
    }

    static String city(SplittableRandom r) {
        return pick(r, SLOTS.get("city"));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z]+)}");

    /** Fills each slot with probability {@code share}, leaving the others for a later fill. */
    private static String fill(SplittableRandom r, String template, double share) {
        Matcher matcher = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value;
            if (share < 1.0 && r.nextDouble() >= share) {
                value = matcher.group();
            }
            else if (name.equals("n")) {
                value = Integer.toString(1 + r.nextInt(r.nextBoolean() ? 30 : 50000));
            }
            else if (name.equals("amountWord")) {
                value = pick(r, DIGITS_CN) + pick(r, AMOUNT_UNITS);
            }
            else if (name.equals("cn")) {
                value = chineseNumber(r);
            }
            else {
                String[] values = SLOTS.get(name);
                value = values == null ? matcher.group() : pick(r, values);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static final String[] AMOUNT_UNITS = {"千", "万", "千多", "万多", "百多", "千块", "万块钱", "千元"};

    private static final String[] DIGITS_CN = {"一", "两", "三", "四", "五", "六", "七", "八", "九", "十"};

    private static String chineseNumber(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> pick(r, DIGITS_CN);
            case 1 -> "十" + pick(r, DIGITS_CN);
            case 2 -> pick(r, DIGITS_CN) + "十" + (r.nextBoolean() ? "多" : "");
            default -> pick(r, DIGITS_CN) + "百" + (r.nextBoolean() ? "多" : "");
        };
    }

    static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String cap(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "。";
    }
}
