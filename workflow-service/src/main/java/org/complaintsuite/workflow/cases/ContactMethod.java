package org.complaintsuite.workflow.cases;

/** How the customer was reached. */
public enum ContactMethod {
    PHONE, SMS, CHAT, EMAIL, LETTER, VISIT
}
