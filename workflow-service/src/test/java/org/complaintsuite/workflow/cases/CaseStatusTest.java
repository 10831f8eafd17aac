package org.complaintsuite.workflow.cases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CaseStatusTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"RECEIVED, ASSIGNED", "RECEIVED, CONTACTED", "ASSIGNED, ASSIGNED", "ASSIGNED, CONTACTED",
            "CONTACTED, RESOLVED", "RESOLVED, CLOSED", "RESOLVED, REOPENED", "CLOSED, REOPENED", "REOPENED, ASSIGNED",
            "REOPENED, RESOLVED", "RECEIVED, WITHDRAWN", "CONTACTED, WITHDRAWN", "REOPENED, WITHDRAWN"})
    void theLifecycleAllows(CaseStatus from, CaseStatus to) {
        assertThat(from.canMoveTo(to)).isTrue();
    }

    @ParameterizedTest(name = "{0} ↛ {1}")
    @CsvSource({"RECEIVED, RESOLVED", "ASSIGNED, RESOLVED", "RECEIVED, CLOSED", "CONTACTED, CLOSED",
            "RESOLVED, WITHDRAWN", "CLOSED, WITHDRAWN", "RECEIVED, REOPENED", "WITHDRAWN, REOPENED",
            "WITHDRAWN, ASSIGNED", "CLOSED, RESOLVED"})
    void theLifecycleRefuses(CaseStatus from, CaseStatus to) {
        assertThat(from.canMoveTo(to)).isFalse();
    }

    @Test
    void aWithdrawnCaseGoesNowhereAndClosedAndWithdrawnAreFinal() {
        assertThat(CaseStatus.WITHDRAWN.next()).isEmpty();
        assertThat(CaseStatus.CLOSED.isFinal()).isTrue();
        assertThat(CaseStatus.WITHDRAWN.isFinal()).isTrue();
        assertThat(CaseStatus.RESOLVED.isFinal()).isFalse();
    }
}
