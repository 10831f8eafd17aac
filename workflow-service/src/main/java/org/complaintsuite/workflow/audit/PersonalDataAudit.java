package org.complaintsuite.workflow.audit;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Supervisors' questions to the personal-data access log: one case's reads, or reads by user, case and time. */
@Service
public class PersonalDataAudit {

    private final PersonalDataAccessLog log;

    PersonalDataAudit(PersonalDataAccessLog log) {
        this.log = log;
    }

    @Transactional(readOnly = true)
    public List<PersonalDataAccessLog.Access> ofCase(String complaintId, int page, int size) {
        return log.find(complaintId, null, null, null, page, size);
    }

    /** Reads newest first, each criterion optional. */
    @Transactional(readOnly = true)
    public List<PersonalDataAccessLog.Access> find(@Nullable String actor, @Nullable String complaintId,
            @Nullable Instant from, @Nullable Instant to, int page, int size) {
        return log.find(complaintId, actor, from, to, page, size);
    }
}
