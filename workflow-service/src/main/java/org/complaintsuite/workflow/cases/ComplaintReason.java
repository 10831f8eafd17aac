package org.complaintsuite.workflow.cases;

/**
 * Complaint reasons of JR/T 0169-2018 (金融消费者投诉统计分类及编码), recorded when a case is resolved so the
 * firm's figures can be reported to the regulator in its classification.
 */
public enum ComplaintReason {
    RULES_AND_PROCESSES("管理制度、业务规则与流程"),
    MARKETING("营销方式和手段"),
    DISCLOSURE("信息披露"),
    FREEDOM_OF_CHOICE("自主选择权"),
    PRICING_AND_FEES("定价收费"),
    FAIR_TRADING("公平交易"),
    DEBT_COLLECTION("债务催收方式和手段"),
    FUNDS_SECURITY("消费者资金安全"),
    INFORMATION_SECURITY("消费者信息安全"),
    CONTRACT_TERMS("合同条款"),
    FACILITIES_AND_SYSTEMS("服务设施、设备、业务系统"),
    SERVICE_QUALITY("服务态度及服务质量"),
    OTHER("其他");

    private final String label;

    ComplaintReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
