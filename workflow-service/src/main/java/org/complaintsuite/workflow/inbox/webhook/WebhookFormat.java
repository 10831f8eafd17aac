package org.complaintsuite.workflow.inbox.webhook;

/** The robot message formats spoken. */
public enum WebhookFormat {
    /** DingTalk (钉钉) custom robot: markdown message, signed in the URL ({@code timestamp} and {@code sign}). */
    DINGTALK,
    /** WeCom (企业微信) group robot: markdown message; the robot's key is part of its URL. */
    WECOM
}
