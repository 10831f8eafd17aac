package org.complaintsuite.workflow.backlog;

import java.time.Duration;
import java.time.Instant;

/**
 * Published (as a Spring application event) once when the oldest unassessed case has waited longer than
 * {@code workflow.backlog.alert-after}, and not again until the backlog has cleared (the oldest waiting case younger
 * than {@code workflow.backlog.warn-after}) and built up anew. The operations alert listens for it.
 *
 * @param since when the oldest unassessed case was opened: the same for every instance that sees this episode
 * @param age   how long the oldest unassessed case had waited
 * @param count how many cases were waiting
 */
public record ScoringBacklogDetected(Instant since, Duration age, long count) {
}
