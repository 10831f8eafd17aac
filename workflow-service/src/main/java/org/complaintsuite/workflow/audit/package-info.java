/** The personal-data access log: who read which case's personal data, when (PIPL). */
@NullMarked
package org.complaintsuite.workflow.audit;

import org.jspecify.annotations.NullMarked;
