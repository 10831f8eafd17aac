/** Normalization shared by every channel: ids, times, text, personal data. Plain classes, no Spring. */
@NullMarked
package org.complaintsuite.intake.normalize;

import org.jspecify.annotations.NullMarked;
