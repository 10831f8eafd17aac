package org.complaintsuite.benchmark.pipeline;

import java.util.List;

/**
 * The words of the benchmark's complaints. Ordinary complaints are short (under risk scoring's 30 significant
 * characters, so they are not compared as templates) and mix a grievance with a request, so distinct callers do not
 * look like one agency. The agency's template is a letter of well over 80 characters, the same for every client but
 * for the name, the amount and the date.
 */
final class ComplaintTexts {

    static final List<String> GRIEVANCES = List.of(
            "你们提前还款为什么还扣我利息", "我的信用卡年费没有提前通知", "这个月的还款明明已经扣了", "账单金额和我算的不一样",
            "客服电话一直打不通", "借款合同里的费用没人说明", "我没有开通的服务也在扣费", "分期手续费比说好的高",
            "还款日被改了也没通知我", "征信上多了一条逾期记录", "额度突然被降了", "退款申请半个月了还没到账",
            "催收电话打到我单位去了", "保险是搭售的我不知道", "自动扣款扣了两次");

    static final List<String> REQUESTS = List.of(
            "请尽快核实", "希望给个说法", "麻烦帮我处理一下", "请退还多扣的钱", "请给我回个电话", "想知道怎么解决",
            "请帮我查一下原因", "希望今天能回复", "请更正一下", "请取消这个费用", "麻烦跟进一下", "请说明收费依据");

    static final List<String> AGENT_REPLIES = List.of(
            "您好，我帮您查询一下", "好的，我记录下来了", "请您稍等，我核实一下", "您反映的问题我们会尽快处理");

    private static final String AGENCY_TEMPLATE = "本人%s于%d年%d月在贵公司申请借款%d元，贵公司在放款时收取了高额服务费和"
            + "担保费，实际年化利率远超法律规定，且存在暴力催收、骚扰家人和同事的行为，严重侵害了本人的合法权益。"
            + "现要求贵公司减免全部利息和罚息，退还多收取的费用，停止一切催收行为，并修复本人征信记录，"
            + "否则本人将向银保监会、人民银行和法院投诉起诉，本人已委托代理人全权处理此事。";

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴");
    private static final List<String> GIVEN_NAMES = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋");

    private ComplaintTexts() {
    }

    /** An ordinary complaint's words; {@code seed} picks the grievance and the request. */
    static String ordinary(long seed) {
        int grievance = (int) Math.floorMod(seed, GRIEVANCES.size());
        int request = (int) Math.floorMod(seed / GRIEVANCES.size(), REQUESTS.size());
        return GRIEVANCES.get(grievance) + "，" + REQUESTS.get(request);
    }

    static String agentReply(long seed) {
        return AGENT_REPLIES.get((int) Math.floorMod(seed, AGENT_REPLIES.size()));
    }

    /** The agency's letter for its {@code member}-th client: a different name, amount and month. */
    static String agencyLetter(long member) {
        String name = SURNAMES.get((int) Math.floorMod(member, SURNAMES.size()))
                + GIVEN_NAMES.get((int) Math.floorMod(member / SURNAMES.size(), GIVEN_NAMES.size()));
        int year = 2023 + (int) Math.floorMod(member, 2);
        int month = 1 + (int) Math.floorMod(member, 12);
        int amount = 5_000 + (int) Math.floorMod(member * 1_000, 45_000);
        return String.format(AGENCY_TEMPLATE, name, year, month, amount);
    }
}
