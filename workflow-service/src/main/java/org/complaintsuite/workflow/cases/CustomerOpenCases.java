package org.complaintsuite.workflow.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.complaintsuite.model.ComplaintReceived;

/**
 * The repeat rule: a complaint repeats its customer's latest case still open that was received at or before it (ties
 * broken by complaint id), so that the new case is linked to it and routed as a repeat. Holds the open cases of the
 * customers of a batch of openings, read once, and the cases opened meanwhile, so that two complaints of one customer
 * in the same batch see each other as they would one at a time.
 */
final class CustomerOpenCases {

    private static final Comparator<ComplaintCase> LATEST_FIRST = Comparator
            .comparing(ComplaintCase::getReceivedAt).reversed().thenComparing(ComplaintCase::getComplaintId);

    private final Map<String, List<ComplaintCase>> byCustomer = new HashMap<>();

    CustomerOpenCases(Collection<ComplaintCase> openCases) {
        openCases.forEach(this::add);
    }

    /** The open case {@code complaint} repeats, if any. */
    @Nullable ComplaintCase repeatedBy(ComplaintReceived complaint) {
        return byCustomer.getOrDefault(complaint.customer().customerKey(), List.of()).stream()
                .filter(open -> !open.getStatus().isFinal())
                .filter(open -> !open.getComplaintId().equals(complaint.complaintId()))
                .filter(open -> !open.getReceivedAt().isAfter(complaint.receivedAt()))
                .min(LATEST_FIRST).orElse(null);
    }

    /** A case just opened: later complaints of its customer may repeat it. */
    void add(ComplaintCase opened) {
        byCustomer.computeIfAbsent(opened.getCustomerKey(), key -> new ArrayList<>()).add(opened);
    }
}
