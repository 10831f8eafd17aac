/**
 * Dead letters: every record a consumer of the suite gave up on, read from the dead-letter topics into
 * {@code dead_letter}, listed and replayed by operations ({@code /api/v1/dead-letters}); a complaint whose risk
 * scoring was dead-lettered marks its case "assessment failed" and alerts operations.
 */
@NullMarked
package org.complaintsuite.workflow.deadletters;

import org.jspecify.annotations.NullMarked;
