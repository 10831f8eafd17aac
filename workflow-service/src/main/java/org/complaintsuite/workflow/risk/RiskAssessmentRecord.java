package org.complaintsuite.workflow.risk;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.ColumnTransformer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

import org.complaintsuite.model.ComplaintAssessed;
import org.complaintsuite.model.RiskLevel;
import org.complaintsuite.model.RiskSignal;
import org.complaintsuite.model.TopicSignal;

/** The current risk assessment of a complaint: the latest one received, whatever order they arrive in. */
@Entity
@Table(name = "risk_assessment")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RiskAssessmentRecord implements Persistable<String> {

    @Id
    private String complaintId;

    private UUID eventId;

    private Instant assessedAt;

    private int escalationScore;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private RiskLevel escalationLevel;

    private int proxyScore;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private RiskLevel proxyLevel;

    /** The topics among the escalation assessment's signals ({@link TopicSignal} codes), comma-separated. */
    private String topics;

    /**
     * When workflow stored this assessment (the first, or a newer one replacing it); null for assessments stored
     * before the column existed. With the case's {@code created_at}, the time an assessment is on the case.
     */
    private Instant appliedAt;

    /** The signals behind the scores with their evidence, as JSON ({@link AssessmentSignals} writes and reads them). */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "CAST(? AS jsonb)")
    @Getter(AccessLevel.NONE)
    private String escalationSignals = "[]";

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "CAST(? AS jsonb)")
    @Getter(AccessLevel.NONE)
    private String proxySignals = "[]";

    /** The ring the proxy signals name, if any. */
    private @Nullable String ringId;

    /** True for a record made by {@link #of} and not stored yet: Spring Data inserts it rather than merging it. */
    @Transient
    @Getter(AccessLevel.NONE)
    private boolean unsaved;

    /** The complaint's first assessment, stored at {@code now}. */
    public static RiskAssessmentRecord of(ComplaintAssessed assessed, Instant now) {
        var record = new RiskAssessmentRecord();
        record.unsaved = true;
        record.complaintId = assessed.complaintId();
        record.replaceWith(assessed, now);
        return record;
    }

    /**
     * Takes a newer assessment; an older or the same one (a redelivery, or records overtaking each other) changes
     * nothing.
     *
     * @return whether anything changed
     */
    public boolean supersedeWith(ComplaintAssessed assessed, Instant now) {
        if (assessed.eventId().equals(eventId) || !assessed.occurredAt().isAfter(assessedAt)) {
            return false;
        }
        replaceWith(assessed, now);
        return true;
    }

    private void replaceWith(ComplaintAssessed assessed, Instant now) {
        appliedAt = now;
        eventId = assessed.eventId();
        assessedAt = assessed.occurredAt();
        escalationScore = assessed.escalation().score();
        escalationLevel = assessed.escalation().level();
        proxyScore = assessed.proxy().score();
        proxyLevel = assessed.proxy().level();
        topics = assessed.escalation().signals().stream().map(RiskSignal::code)
                .flatMap(code -> TopicSignal.ofCode(code).stream()).map(TopicSignal::code).distinct().sorted()
                .collect(Collectors.joining(","));
    }

    /** The signals of the assessment held, as {@link AssessmentSignals#attach} wrote them. */
    void signals(String escalation, String proxy, @Nullable String ring) {
        escalationSignals = escalation;
        proxySignals = proxy;
        ringId = ring;
    }

    /** The escalation signals as JSON, for {@link AssessmentSignals#of}. */
    String escalationSignals() {
        return escalationSignals;
    }

    /** The proxy signals as JSON, for {@link AssessmentSignals#of}. */
    String proxySignals() {
        return proxySignals;
    }

    @Override
    public String getId() {
        return complaintId;
    }

    @Override
    public boolean isNew() {
        return unsaved;
    }

    @PostPersist
    @PostLoad
    void stored() {
        unsaved = false;
    }

    public Set<TopicSignal> topicSet() {
        return topics.isEmpty() ? Set.of() : Arrays.stream(topics.split(","))
                .flatMap(code -> TopicSignal.ofCode(code).stream()).collect(Collectors.toUnmodifiableSet());
    }
}
