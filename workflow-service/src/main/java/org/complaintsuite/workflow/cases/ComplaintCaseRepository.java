package org.complaintsuite.workflow.cases;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintCaseRepository extends JpaRepository<ComplaintCase, String> {

    /** The cases still open (neither closed, withdrawn nor merged) of these customers: one query for a batch. */
    @Query("""
            SELECT c FROM ComplaintCase c
            WHERE c.customerKey IN :customerKeys
              AND c.status NOT IN (org.complaintsuite.workflow.cases.CaseStatus.CLOSED,
                                   org.complaintsuite.workflow.cases.CaseStatus.WITHDRAWN,
                                   org.complaintsuite.workflow.cases.CaseStatus.MERGED)""")
    List<ComplaintCase> findOpenOfCustomers(Collection<String> customerKeys);

    /** Which of these complaints have a case: one query for a batch of complaints. */
    @Query("SELECT c.complaintId FROM ComplaintCase c WHERE c.complaintId IN :complaintIds")
    List<String> findExistingIds(Collection<String> complaintIds);
}
