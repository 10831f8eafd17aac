/** The quality findings about agents' words, for supervisors to review (and operations to read). */
@NullMarked
package org.complaintsuite.console.quality;

import org.jspecify.annotations.NullMarked;
