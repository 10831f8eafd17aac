/**
 * The supervisors' decisions that live beside a case: proxy-flag reviews (published to risk scoring) and regulator
 * deadline extensions with their two-person rule.
 */
@NullMarked
package org.complaintsuite.workflow.supervision;

import org.jspecify.annotations.NullMarked;
