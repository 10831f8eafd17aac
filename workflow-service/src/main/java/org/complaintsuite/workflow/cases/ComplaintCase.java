package org.complaintsuite.workflow.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.complaintsuite.model.Channel;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ComplaintSource;
import org.complaintsuite.workflow.routing.Router;
import org.complaintsuite.workflow.routing.SpecialistGroup;
import org.complaintsuite.workflow.sla.SlaClocks;

/** A complaint as the firm works it: its clocks, its group and its status. */
@Entity
@Table(name = "complaint_case")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ComplaintCase {

    @Id
    private String complaintId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ComplaintSource source;

    private String externalReference;

    private String customerKey;

    private Instant receivedAt;

    private Instant firstContactDueAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "assigned_group", length = 32)
    private SpecialistGroup group;

    private String routingReason;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    /** Opens the case of a newly received complaint; its clocks start at the complaint's receipt. */
    public static ComplaintCase open(ComplaintReceived complaint, SlaClocks clocks, Router.Decision routing,
            Instant now) {
        var opened = new ComplaintCase();
        opened.complaintId = complaint.complaintId();
        opened.channel = complaint.channel();
        opened.source = complaint.source();
        opened.externalReference = complaint.externalReference();
        opened.customerKey = complaint.customer().customerKey();
        opened.receivedAt = complaint.receivedAt();
        opened.firstContactDueAt = clocks.firstContactDue(complaint.receivedAt());
        opened.status = CaseStatus.RECEIVED;
        opened.group = routing.group();
        opened.routingReason = routing.reason();
        opened.createdAt = now;
        opened.updatedAt = now;
        return opened;
    }

    /** @return whether the group changed */
    public boolean routeTo(Router.Decision routing, Instant now) {
        if (routing.group() == group && routing.reason().equals(routingReason)) {
            return false;
        }
        group = routing.group();
        routingReason = routing.reason();
        updatedAt = now;
        return true;
    }
}
