/** The prevention page: the prevention figures of a period and 溯源, dissatisfaction traced to its source. */
@NullMarked
package org.complaintsuite.console.prevention;

import org.jspecify.annotations.NullMarked;
