package org.complaintsuite.model;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The regulator's side of a transferred complaint.
 *
 * @param caseNumber the regulator's case number
 * @param deadline   the answer deadline the regulator set, when it set one (a calendar date, Beijing time)
 */
public record RegulatorTransfer(String caseNumber, @Nullable LocalDate deadline) {
}
