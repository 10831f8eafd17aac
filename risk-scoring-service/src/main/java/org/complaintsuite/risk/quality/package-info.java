/**
 * Quality checks of agents' words in calls and chats, complaints' and ordinary contacts' alike: forbidden or risky
 * wording and missing disclosures, as lexicon rules with evidence ({@code complaints.received} and
 * {@code contacts.received} to {@code quality.findings}).
 */
@NullMarked
package org.complaintsuite.risk.quality;

import org.jspecify.annotations.NullMarked;
