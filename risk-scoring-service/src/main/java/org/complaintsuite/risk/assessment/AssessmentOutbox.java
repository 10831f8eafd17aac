package org.complaintsuite.risk.assessment;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.Topics;
import org.complaintsuite.support.outbox.OutboxEntry;
import org.complaintsuite.support.outbox.OutboxStore;

/**
 * The assessments committed and not yet on Kafka (table {@code assessment_outbox}, filled by
 * {@link AssessmentStore#save} in the scoring transaction); a row is deleted once the broker acknowledged it.
 */
@Repository
class AssessmentOutbox implements OutboxStore<Long> {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AssessmentOutbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public List<OutboxEntry<Long>> claim(int limit) {
        return jdbc.sql("SELECT id, body::text FROM assessment_outbox ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
                .param(limit)
                .query((rs, n) -> {
                    var assessed = json.readValue(rs.getString(2), ComplaintAssessed.class);
                    return new OutboxEntry<Long>(rs.getLong(1), Topics.COMPLAINTS_ASSESSED, assessed.complaintId(),
                            assessed);
                })
                .list();
    }

    @Override
    public void published(List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("DELETE FROM assessment_outbox WHERE id IN (:ids)").param("ids", ids).update();
        }
    }
}
