package org.complaintsuite.model;

/** Kafka topic names. Every topic is keyed by complaint id; docs/topics.md describes each. */
public final class Topics {

    /** Normalized complaints ({@link ComplaintReceived}), from intake. */
    public static final String COMPLAINTS_RECEIVED = "complaints.received";

    /** Risk assessments ({@link ComplaintAssessed}), from risk scoring. */
    public static final String COMPLAINTS_ASSESSED = "complaints.assessed";

    private Topics() {
    }

    /** The dead-letter topic where consumers of {@code topic} put records they cannot process. */
    public static String deadLetter(String topic) {
        return topic + "-dlt";
    }
}
