/**
 * 溯源: dissatisfaction traced to its source. Every complaint and ordinary contact counted by day, product topic,
 * business type and channel, with the values whose dissatisfied voices rise fastest (docs/prevention.md, "溯源").
 * Sits on top of care, whose consumer group feeds it.
 */
@NullMarked
package org.complaintsuite.workflow.voice;

import org.jspecify.annotations.NullMarked;
