/** Intake: turns raw complaints from every channel into {@code ComplaintReceived} events on Kafka. */
@NullMarked
package org.complaintsuite.intake;

import org.jspecify.annotations.NullMarked;
