/** Auto-configuration shared by every service of the suite. */
@NullMarked
package org.complaintsuite.support;

import org.jspecify.annotations.NullMarked;
