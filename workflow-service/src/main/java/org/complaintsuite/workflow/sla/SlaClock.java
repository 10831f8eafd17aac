package org.complaintsuite.workflow.sla;

/** The clocks a case runs (domain brief §4). */
public enum SlaClock {
    /** 48 calendar hours from receipt (or a stricter policy's time) to the first contact with the customer. */
    FIRST_CONTACT,
    /** To the end of the 5th working day after the day of receipt, paused while the firm waits on others. */
    RESOLUTION,
    /** A regulator transfer's reply deadline: given, or 15 days after receipt, moved past non-working days. */
    REGULATOR
}
