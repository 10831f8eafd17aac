package org.complaintsuite.model;

/** The way a complaint reached the firm. */
public enum Channel {
    PHONE, CHAT, REGULATOR
}
