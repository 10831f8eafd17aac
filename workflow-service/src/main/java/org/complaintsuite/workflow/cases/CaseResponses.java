package org.complaintsuite.workflow.cases;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import org.complaintsuite.workflow.audit.PersonalDataAccessLog;

/**
 * A case as an answer: with its ETag (the version to send with the next command), and, since it carries the
 * complainant's personal data, recorded in the access log first. A read that cannot be recorded is not served.
 */
@Component
class CaseResponses {

    private final PersonalDataAccessLog accessLog;

    CaseResponses(PersonalDataAccessLog accessLog) {
        this.accessLog = accessLog;
    }

    ResponseEntity<CaseView> read(CaseView view, Authentication user) {
        return answer(view, user, PersonalDataAccessLog.Action.READ_CASE);
    }

    ResponseEntity<CaseView> changed(CaseView view, Authentication user) {
        return answer(view, user, PersonalDataAccessLog.Action.CHANGE_CASE);
    }

    private ResponseEntity<CaseView> answer(CaseView view, Authentication user, PersonalDataAccessLog.Action action) {
        accessLog.record(view.complaintId(), user.getName(), action);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(view.version())).body(view);
    }
}
