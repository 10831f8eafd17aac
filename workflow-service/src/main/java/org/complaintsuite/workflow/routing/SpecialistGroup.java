package org.complaintsuite.workflow.routing;

/** The specialist groups a case can be routed to (domain brief §6). */
public enum SpecialistGroup {
    /** 普通技能组: routine, same-day. */
    GENERAL,
    /** 疑难业务组. */
    COMPLEX,
    /** 升级投诉组: customers likely to escalate. */
    ESCALATED,
    /** 消保专线组: front-line intervention before escalation. */
    PROACTIVE,
    /** 征信组. */
    CREDIT_REPORT,
    /** 费用组. */
    FEES,
    /** 黑猫组: public complaint platforms. */
    PUBLIC_PLATFORM,
    /** 反欺诈组: proxy-flagged complaints. */
    ANTI_FRAUD
}
