/** Text and phone-number normalization shared by the services. Plain classes, no Spring. */
@NullMarked
package org.complaintsuite.support.text;

import org.jspecify.annotations.NullMarked;
