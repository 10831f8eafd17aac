/**
 * What the services' retention purges share (PIPL minimisation, docs/operations.md "Retention"): running a purge
 * batch by batch on a schedule, and the SQL that drops the customer's quoted words from stored risk signals.
 */
@NullMarked
package org.complaintsuite.support.retention;

import org.jspecify.annotations.NullMarked;
