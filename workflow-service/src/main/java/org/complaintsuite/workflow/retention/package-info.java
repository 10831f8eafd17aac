/**
 * Personal-data minimisation (PIPL): a case closed long enough ago keeps its figures, clocks and timeline but loses
 * what the complaint said and who made it.
 */
@NullMarked
package org.complaintsuite.workflow.retention;

import org.jspecify.annotations.NullMarked;
