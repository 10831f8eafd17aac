package org.complaintsuite.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import org.complaintsuite.intake.publish.ComplaintPublisher;
import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.model.ContactReceived;

/**
 * A publisher that keeps what it is given instead of sending it. The template it is built with never creates a
 * producer, because {@link #publishAll} never reaches it.
 */
public final class RecordingPublisher extends ComplaintPublisher {

    private final List<ComplaintReceived> published = new ArrayList<>();
    private final List<ContactReceived> contacts = new ArrayList<>();

    public RecordingPublisher() {
        super(new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of())), ExamplePayloads.properties("test-key"));
    }

    @Override
    public void publishEach(List<Publication> publications) {
        for (Publication publication : publications) {
            if (publication.value() instanceof ContactReceived contact) {
                contacts.add(contact);
            }
            else {
                published.add(publication.normalized());
            }
        }
    }

    /** The ordinary contacts published, in order. */
    public List<ContactReceived> contacts() {
        return List.copyOf(contacts);
    }

    public List<ComplaintReceived> published() {
        return List.copyOf(published);
    }

    public void clear() {
        published.clear();
        contacts.clear();
    }
}
