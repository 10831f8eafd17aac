package org.complaintsuite.workflow.alerts;

import java.util.Optional;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;

import org.complaintsuite.workflow.cases.ComplaintCase;

/**
 * The cases as the alert scan reads them: read-only, so that taking the due alerts from a case never flushes it (the
 * scan writes the alert columns itself, without the version, so an agent editing the case gets no conflict).
 */
interface CasesDue extends Repository<ComplaintCase, String> {

    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    @Query("SELECT c FROM ComplaintCase c WHERE c.complaintId = :complaintId")
    Optional<ComplaintCase> findForReading(String complaintId);
}
