package org.complaintsuite.workflow.cases;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintCaseRepository extends JpaRepository<ComplaintCase, String> {
}
