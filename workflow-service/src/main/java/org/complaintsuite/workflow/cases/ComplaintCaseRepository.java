package org.complaintsuite.workflow.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintCaseRepository extends JpaRepository<ComplaintCase, String> {

    /** The customer's cases still open (neither closed, withdrawn nor merged) received before {@code receivedAt}, latest first. */
    @Query("""
            SELECT c FROM ComplaintCase c
            WHERE c.customerKey = :customerKey AND c.complaintId <> :complaintId AND c.receivedAt <= :receivedAt
              AND c.status NOT IN (org.complaintsuite.workflow.cases.CaseStatus.CLOSED,
                                   org.complaintsuite.workflow.cases.CaseStatus.WITHDRAWN,
                                   org.complaintsuite.workflow.cases.CaseStatus.MERGED)
            ORDER BY c.receivedAt DESC, c.complaintId""")
    List<ComplaintCase> findOpenOfCustomer(String customerKey, String complaintId, Instant receivedAt, Limit limit);

    /** Which of these complaints have a case: one query for a batch of complaints. */
    @Query("SELECT c.complaintId FROM ComplaintCase c WHERE c.complaintId IN :complaintIds")
    List<String> findExistingIds(Collection<String> complaintIds);
}
