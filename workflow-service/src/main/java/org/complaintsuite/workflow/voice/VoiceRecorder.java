package org.complaintsuite.workflow.voice;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ContactAssessed;
import org.complaintsuite.model.ContactReceived;
import org.complaintsuite.workflow.care.ConversationObserver;

/** Counts every conversation the care consumer group reads for the 溯源 figures, once each (by its id). */
@Service
class VoiceRecorder implements ConversationObserver {

    private final VoiceStore store;

    VoiceRecorder(VoiceStore store) {
        this.store = store;
    }

    @Override
    @Transactional
    public void onComplaints(List<ComplaintReceived> complaints) {
        if (!complaints.isEmpty()) {
            store.complaints(complaints);
        }
    }

    @Override
    @Transactional
    public void onContact(ContactReceived contact) {
        store.contact(contact);
    }

    @Override
    @Transactional
    public void onAssessed(ContactAssessed assessed) {
        store.assessed(assessed);
    }
}
