/**
 * The prevention layer's part in risk scoring: the complaint propensity of ordinary service contacts
 * ({@code contacts.received} to {@code contacts.assessed}), from the customer's words and history.
 */
@NullMarked
package org.complaintsuite.risk.prevention;

import org.jspecify.annotations.NullMarked;
