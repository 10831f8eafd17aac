/**
 * The outgoing webhook to enterprise IM group robots (DingTalk, WeCom): an outbox written with the inbox items,
 * delivered by a scheduled sender with retries and backoff, signed the robot's way and ours.
 */
@NullMarked
package org.complaintsuite.workflow.inbox.webhook;

import org.jspecify.annotations.NullMarked;
