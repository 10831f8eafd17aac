/**
 * How far behind risk scoring is, seen from the cases: how many have no assessment yet and how long the oldest has
 * waited, as Prometheus gauges, the {@code backlog} health group and an operations alert event (issue 11).
 */
@NullMarked
package org.complaintsuite.workflow.backlog;

import org.jspecify.annotations.NullMarked;
