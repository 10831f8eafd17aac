package org.complaintsuite.workflow.inbox;

import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.model.SlaAlertRaised;
import org.complaintsuite.model.Topics;
import org.complaintsuite.testsupport.TestInfrastructure;

/** Publishes to {@code sla.alerts} on the test broker as the relay does: JSON text keyed by the complaint id. */
public final class AlertsPublisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    private final JsonMapper json = JsonMapper.builder().build();

    public void publish(SlaAlertRaised alert) {
        publishRaw(alert.complaintId(), json.writeValueAsString(alert));
    }

    public void publishRaw(String key, String value) {
        try {
            producer.send(new ProducerRecord<>(Topics.SLA_ALERTS, key, value)).get();
        }
        catch (Exception ex) {
            throw new IllegalStateException("Could not publish to " + Topics.SLA_ALERTS, ex);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
