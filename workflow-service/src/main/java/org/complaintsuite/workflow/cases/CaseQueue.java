package org.complaintsuite.workflow.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.workflow.routing.SpecialistGroup;

/**
 * The agents' work queue: cases by urgency, the earliest running clock first ({@code next_due_at}; cases with no
 * running clock last), then by receipt and id so that paging is stable.
 * <p>
 * Read in two parts so that PostgreSQL can walk an index in urgency order instead of sorting every case: the cases
 * with a running clock ({@code next_due_at} not null: the partial urgency index, or the queue or assignee index),
 * then, only when the page reaches past them and the count says there are some, the others by receipt. A single
 * {@code UNION ALL} would make PostgreSQL look for the first row of the second part even when the first fills the
 * page, which on a filter no case without a running clock matches means reading the whole table. "Breached" is {@code next_due_at < now}: the case keeps {@code next_due_at} as the
 * earliest due time among its clocks still running (first contact not made, resolution not done and not paused,
 * regulator deadline not met), so a case has an overdue running clock exactly when that time has passed.
 * <p>
 * The statements read the page's complaint ids only; the cases themselves are then loaded through the aggregate's
 * repository, so that the queue needs no mapping of its own from rows to cases.
 */
@Repository
class CaseQueue {

    static final int MAX_SIZE = 200;

    private final JdbcClient jdbc;
    private final ComplaintCaseRepository cases;

    CaseQueue(JdbcClient jdbc, ComplaintCaseRepository cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    /**
     * The queue's filters, all optional and combined with AND; a list matches any of its values.
     *
     * @param dueBefore cases with a running clock due before this time
     * @param breached  true: cases with a running clock overdue now; false: the others
     * @param assessmentFailed true: cases whose risk scoring was dead-lettered and not assessed since; false: the others
     */
    record Filter(@Nullable SpecialistGroup group, @Nullable List<CaseStatus> status, @Nullable String assignee,
            @Nullable List<RiskLevel> escalationLevel, @Nullable List<RiskLevel> proxyLevel,
            @Nullable Instant dueBefore, @Nullable Boolean breached,
            @Min(0) @Max(100_000) @Nullable Integer page, @Min(1) @Max(MAX_SIZE) @Nullable Integer size,
            @Nullable Boolean assessmentFailed) {

        int pageOrDefault() {
            return page == null ? 0 : page;
        }

        int sizeOrDefault() {
            return size == null ? 50 : size;
        }
    }

    record Page(List<ComplaintCase> cases, long total) {
    }

    /** The queue's statements (native SQL with named parameters) for one filter. */
    record Statements(String count, String running, String rest, Map<String, Object> params) {
    }

    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    Page read(Filter filter, Instant now) {
        Statements statements = statements(filter, now);
        long[] counts = jdbc.sql(statements.count()).params(statements.params())
                .query((row, rowNumber) -> new long[] {row.getLong(1), row.getLong(2)}).single();
        long total = counts[0];
        long running = counts[1];
        int size = filter.sizeOrDefault();
        long offset = (long) filter.pageOrDefault() * size;
        List<String> ids = new ArrayList<>();
        if (offset < running) {
            ids.addAll(page(statements.running(), statements.params(), offset, size));
        }
        // the cases without a running clock follow, read only when the page reaches them and there are some
        if (offset + size > running && total > running) {
            ids.addAll(page(statements.rest(), statements.params(), Math.max(0, offset - running),
                    size - ids.size()));
        }
        return new Page(inOrder(ids), total);
    }

    private List<String> page(String sql, Map<String, Object> params, long offset, int limit) {
        Map<String, Object> paging = new HashMap<>(params);
        paging.put("offset", offset);
        paging.put("limit", limit);
        return jdbc.sql(sql).params(paging).query(String.class).list();
    }

    /** The page's cases, loaded as aggregates, in the order the statements gave their ids. */
    private List<ComplaintCase> inOrder(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        List<ComplaintCase> page = new ArrayList<>(cases.findAllById(ids));
        page.sort(Comparator.comparing(kase -> position.get(kase.getComplaintId())));
        return page;
    }

    /**
     * The count (all matching cases, and those with a running clock), the ids of the page of cases with a running
     * clock in urgency order, and those of the others by receipt; the pages take {@code :offset} and {@code :limit}.
     */
    static Statements statements(Filter filter, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, now, params);
        return new Statements(
                "SELECT count(*), count(*) FILTER (WHERE c.next_due_at IS NOT NULL) FROM complaint_case c WHERE "
                        + where,
                "SELECT c.complaint_id FROM complaint_case c WHERE c.next_due_at IS NOT NULL AND " + where
                        + " ORDER BY c.next_due_at, c.received_at, c.complaint_id OFFSET :offset LIMIT :limit",
                "SELECT c.complaint_id FROM complaint_case c WHERE c.next_due_at IS NULL AND " + where
                        + " ORDER BY c.received_at, c.complaint_id OFFSET :offset LIMIT :limit",
                params);
    }

    private static String where(Filter filter, Instant now, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("TRUE");
        if (filter.group() != null) {
            conditions.add("c.assigned_group = :group");
            params.put("group", filter.group().name());
        }
        if (filter.status() != null && !filter.status().isEmpty()) {
            conditions.add("c.status IN (:status)");
            params.put("status", filter.status().stream().map(Enum::name).distinct().toList());
        }
        if (filter.assignee() != null && !filter.assignee().isBlank()) {
            conditions.add("c.assignee = :assignee");
            params.put("assignee", filter.assignee());
        }
        if (filter.escalationLevel() != null && !filter.escalationLevel().isEmpty()) {
            conditions.add("c.escalation_level IN (:escalationLevel)");
            params.put("escalationLevel", filter.escalationLevel().stream().map(Enum::name).distinct().toList());
        }
        if (filter.proxyLevel() != null && !filter.proxyLevel().isEmpty()) {
            conditions.add("c.proxy_level IN (:proxyLevel)");
            params.put("proxyLevel", filter.proxyLevel().stream().map(Enum::name).distinct().toList());
        }
        if (filter.dueBefore() != null) {
            conditions.add("c.next_due_at < :dueBefore");
            params.put("dueBefore", Timestamp.from(filter.dueBefore()));
        }
        if (Boolean.TRUE.equals(filter.breached())) {
            conditions.add("c.next_due_at < :now");
            params.put("now", Timestamp.from(now));
        }
        else if (Boolean.FALSE.equals(filter.breached())) {
            conditions.add("(c.next_due_at IS NULL OR c.next_due_at >= :now)");
            params.put("now", Timestamp.from(now));
        }
        if (filter.assessmentFailed() != null) {
            conditions.add((filter.assessmentFailed() ? "" : "NOT ")
                    + "EXISTS (SELECT 1 FROM assessment_failure f WHERE f.complaint_id = c.complaint_id)");
        }
        return String.join(" AND ", conditions);
    }
}
