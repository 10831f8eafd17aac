package org.complaintsuite.benchmark;

/**
 * The ten topics of ordinary complaints as parts of clauses, the clause patterns that join them, and the short
 * texts, openings and closings around them.
 */
final class PhraseTopics {

    private PhraseTopics() {
    }


    /**
     * A topic as parts of clauses: who, what they did (the topic's words), to what or whom, and details. A clause
     * joins a few parts drawn independently, so two complaints on one topic share words but rarely whole clauses.
     */
    record Topic(String[] subjects, String[] acts, String[] objects, String[] details) {
    }

    static final Topic[] TOPICS = {
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

    static final String[] PATTERNS = {
            "{S}{A}{O}", "{S}{A}{O}，{D}", "{W}{S}{A}{O}", "{S}{ADV}{A}{O}", "{D}，{S}{A}{O}", "{M}{S}{ADV}{A}{O}",
            "{S}{A}{O}，{M}{D}", "{W}，{S}{ADV}{A}", "{D}", "{M}{D}", "{S}{A}", "{O}被{S}{A}",
    };

    static final String[] ADVERBS = {"", "", "又", "一直", "竟然", "居然", "多次", "总是", "反复", "还",
            "直接", "偷偷", "故意", "公然", "屡次"};

    static final String[] MARKERS = {"然后", "结果", "而且", "但是", "后来", "没想到", "说实话", "你们看看",
            "更过分的是", "最可气的是", "关键是", "另外", "还有", "本来", "其实", "现在"};

    static final String[] OPENINGS = {
            "我是{product}的用户", "本人在贵公司办理了{product}", "你好，我要投诉", "我想反映一个问题",
            "我{cn}年开始用你们的{product}", "我在{city}工作，用的是{product}", "我要投诉你们的{product}",
            "我是{person}{given}", "麻烦转给负责人", "我姓{person}", "{when}我在{city}", "我是老客户了",
            "我不想多说废话", "事情是这样的",
    };

    static final String[] CLOSINGS = {"请尽快给我答复", "等你们的电话", "谢谢", "希望你们重视",
            "不要再推诿了", "给个说法", "我保留追究的权利", "这件事必须解决", "麻烦了", "请核实处理"};

    static final String[] SHORT = {
            "我要投诉催收", "利息太高了", "为什么乱扣钱", "你们的客服太差了", "征信有问题", "别再打电话了",
            "要求退费", "怎么还没放款", "卡被冻结了", "我要注销", "账单不对", "保险要退", "为什么降额",
            "信息被泄露", "不同意扣款", "我要投诉你们",
    };
}
