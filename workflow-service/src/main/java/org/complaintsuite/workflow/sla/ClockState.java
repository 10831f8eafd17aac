package org.complaintsuite.workflow.sla;

/** Where an SLA clock stands. */
public enum ClockState {
    /** Counting down. */
    RUNNING,
    /** Stopped for a while with a reason; the paused time extends the due time. */
    PAUSED,
    /** Done in time. */
    MET,
    /** Past its due time, whether done late or not done yet. */
    BREACHED,
    /** The case ended without the thing being done (the customer withdrew). */
    STOPPED
}
