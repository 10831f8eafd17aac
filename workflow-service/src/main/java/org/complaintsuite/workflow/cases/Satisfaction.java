package org.complaintsuite.workflow.cases;

/** What the customer said of the resolution. */
public enum Satisfaction {
    SATISFIED, DISSATISFIED
}
