package org.complaintsuite.workflow.voice;

/** What the 溯源 figures are broken down by; a conversation without a value counts under {@link #NONE}. */
public enum Dimension {
    /** The product topics of the customer's words: a conversation about two topics counts for each. */
    TOPIC("CASE WHEN cardinality(v.topics) > 0 THEN v.topics ELSE ARRAY['NONE'] END"),
    /** The JR/T 0169-2018 business type. */
    BUSINESS_TYPE("ARRAY[COALESCE(v.business_type, 'NONE')]"),
    /** The channel (PHONE, CHAT, REGULATOR). */
    CHANNEL("ARRAY[COALESCE(v.channel, 'NONE')]");

    /** The value a conversation without one counts under: no topic named, no business type, channel not yet known. */
    public static final String NONE = "NONE";

    private final String sql;

    Dimension(String sql) {
        this.sql = sql;
    }

    /** SQL: the dimension's values of a {@code customer_voice v} row, as an array (a fixed fragment, never input). */
    String sql() {
        return sql;
    }
}
