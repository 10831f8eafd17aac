/** What a complaint says and who made it, kept with its case for the agents (personal data: reads are audited). */
@NullMarked
package org.complaintsuite.workflow.content;

import org.jspecify.annotations.NullMarked;
