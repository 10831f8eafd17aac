package org.complaintsuite.workflow.care;

import java.util.List;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ContactAssessed;
import org.complaintsuite.model.ContactReceived;

/**
 * Another reader of what the care consumer group takes in (complaints, contacts and their assessments), told after
 * care has processed it, by the same listener: one consumer group reads each topic once. A failure makes the listener
 * take the record (or poll) again, so what an observer does must come out the same when repeated.
 */
public interface ConversationObserver {

    void onComplaints(List<ComplaintReceived> complaints);

    void onContact(ContactReceived contact);

    void onAssessed(ContactAssessed assessed);
}
