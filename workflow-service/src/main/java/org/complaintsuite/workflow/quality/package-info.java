/**
 * Quality checks of agents' words (docs/prevention.md): the findings risk scoring publishes on
 * {@code quality.findings} go to the agent's supervisor (the agent roster) and are reviewed there.
 */
@NullMarked
package org.complaintsuite.workflow.quality;

import org.jspecify.annotations.NullMarked;
