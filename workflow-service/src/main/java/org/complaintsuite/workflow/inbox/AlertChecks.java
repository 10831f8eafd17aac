package org.complaintsuite.workflow.inbox;

import java.util.ArrayList;
import java.util.List;

import org.complaintsuite.model.SlaAlertRaised;
import org.complaintsuite.support.InvalidInputException;
import org.complaintsuite.support.web.Problems;

/**
 * What an alert from {@code sla.alerts} must hold to be put in the inbox. An alert that fails is invalid for good:
 * {@link InvalidInputException} is not retried, the record goes to the dead-letter topic at once.
 */
final class AlertChecks {

    /** The width of the user and complaint columns. */
    static final int MAX_NAME_LENGTH = 64;

    private AlertChecks() {
    }

    // the record's components are non-null by contract, but a record read from the topic may lack any of them
    @SuppressWarnings({"ConstantValue", "DataFlowIssue"})
    static void check(SlaAlertRaised alert) {
        List<Problems.FieldError> errors = new ArrayList<>();
        required(errors, "eventId", alert.eventId());
        required(errors, "occurredAt", alert.occurredAt());
        required(errors, "clock", alert.clock());
        required(errors, "kind", alert.kind());
        required(errors, "passedAt", alert.passedAt());
        required(errors, "dueAt", alert.dueAt());
        if (alert.complaintId() == null || alert.complaintId().isBlank()
                || alert.complaintId().length() > MAX_NAME_LENGTH) {
            errors.add(new Problems.FieldError("complaintId", "must be 1 to " + MAX_NAME_LENGTH + " characters"));
        }
        if (alert.threshold() < 1 || alert.threshold() > 100) {
            errors.add(new Problems.FieldError("threshold", "must be between 1 and 100"));
        }
        if (alert.group() == null || !InboxReader.isSpecialistGroup(alert.group())) {
            errors.add(new Problems.FieldError("group", "must be one of the specialist groups"));
        }
        if (alert.assignee() != null && alert.assignee().strip().length() > MAX_NAME_LENGTH) {
            errors.add(new Problems.FieldError("assignee", "must be at most " + MAX_NAME_LENGTH + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void required(List<Problems.FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(new Problems.FieldError(field, "is required"));
        }
    }
}
