package org.complaintsuite.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Proxy agencies' names and templates: near-duplicates within an agency, only loosely alike across agencies.
 */
final class AgencyPhrases {

    private AgencyPhrases() {
    }

    /** Clauses proxy agencies put in their templates; each agency picks its own selection, order and wording. */
    static final String[][] AGENCY_CLAUSES = {
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

    static final String[] AGENCY_NAME_HEADS = {"鼎盛", "汇诚", "安信", "正和", "众信", "恒通", "德润",
            "金盾", "公正", "华信", "宏达", "仁和", "明理", "诚信", "卓越", "天平", "利民", "惠安", "锦程", "信达"};
    static final String[] AGENCY_NAME_TAILS = {"法务咨询有限公司", "债务优化服务中心", "信用修复工作室",
            "商务咨询有限公司", "财务管理有限公司", "维权服务中心", "企业管理咨询有限公司", "法律咨询服务部"};
    static final String[] LAW_FIRM_TAILS = {"律师事务所", "律师事务所(特殊普通合伙)"};

    static String agencyName(SplittableRandom r, boolean lawFirm, String city) {
        String head = PhraseSlots.pick(r, AGENCY_NAME_HEADS) + PhraseSlots.pick(r, AGENCY_NAME_HEADS);
        return city + "市" + head
                + (lawFirm ? PhraseSlots.pick(r, LAW_FIRM_TAILS) : PhraseSlots.pick(r, AGENCY_NAME_TAILS));
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
            String clause = PhraseSlots.pick(r, AGENCY_CLAUSES[order.get(i)]).replace("{agency}", agency);
            clauses.add(PhraseSlots.fill(r, clause, 0.75));
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
            text.append(PhraseSlots.fill(r, clause, 1.0));
            if (r.nextInt(10) == 0) {
                PhraseTopics.Topic topic = PhraseTopics.TOPICS[r.nextInt(PhraseTopics.TOPICS.length)];
                text.append("，").append(PhraseBank.clause(r, topic, false));
            }
        }
        text.append("。");
        return PhraseBank.cap(text.toString());
    }
}
