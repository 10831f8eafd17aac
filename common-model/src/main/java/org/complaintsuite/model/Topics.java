package org.complaintsuite.model;

/**
 * Kafka topic names; docs/topics.md describes each. The suite's own topics are keyed by complaint id; the raw topics
 * carry whatever key the upstream system gives.
 */
public final class Topics {

    /** Raw call payloads from the telephony platform, as {@code POST /api/v1/complaints/phone} takes them. */
    public static final String RAW_PHONE = "complaints.raw.phone";

    /** Raw chat sessions from the chat platform, as {@code POST /api/v1/complaints/chat} takes them. */
    public static final String RAW_CHAT = "complaints.raw.chat";

    /** Raw regulator transfers from the transfer gateway, as {@code POST /api/v1/complaints/regulator} takes them. */
    public static final String RAW_REGULATOR = "complaints.raw.regulator";

    /** Normalized complaints ({@link ComplaintReceived}), from intake. */
    public static final String COMPLAINTS_RECEIVED = "complaints.received";

    /**
     * Ordinary service contacts ({@link ContactReceived}), from intake: calls and chats that are not complaints, keyed
     * like complaints (by customer). Only while intake's {@code intake.contacts.divert} is on; for the prevention layer.
     */
    public static final String CONTACTS_RECEIVED = "contacts.received";

    /** Complaint propensity of ordinary contacts ({@link ContactAssessed}), from risk scoring, keyed by contact id. */
    public static final String CONTACTS_ASSESSED = "contacts.assessed";

    /**
     * What the quality check of agents' words found in calls and chats ({@link QualityFindings}), from risk scoring,
     * keyed by conversation id; only conversations with findings.
     */
    public static final String QUALITY_FINDINGS = "quality.findings";

    /** Risk assessments ({@link ComplaintAssessed}), from risk scoring. */
    public static final String COMPLAINTS_ASSESSED = "complaints.assessed";

    /**
     * SLA warnings and breaches ({@link SlaAlertRaised}), from workflow. Written in Kafka transactions: read it with
     * {@code isolation.level=read_committed} to see each alert exactly once.
     */
    public static final String SLA_ALERTS = "sla.alerts";

    /** Supervisors' reviews of proxy flags ({@link ProxyFlagReviewed}), from workflow, for risk scoring. */
    public static final String PROXY_REVIEWS = "cases.proxy-reviews";

    private Topics() {
    }

    /** The dead-letter topic where consumers of {@code topic} put records they cannot process. */
    public static String deadLetter(String topic) {
        return topic + "-dlt";
    }
}
