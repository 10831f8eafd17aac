package org.complaintsuite.workflow.risk;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskAssessmentRepository extends JpaRepository<RiskAssessmentRecord, String> {
}
