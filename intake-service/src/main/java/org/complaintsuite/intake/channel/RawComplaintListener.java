package org.complaintsuite.intake.channel;

import java.util.List;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import org.complaintsuite.intake.channel.chat.ChatComplaint;
import org.complaintsuite.intake.channel.phone.PhoneComplaint;
import org.complaintsuite.intake.channel.regulator.RegulatorComplaint;
import org.complaintsuite.model.Topics;
import org.complaintsuite.support.kafka.ReadableBatch;

/**
 * Upstream channel systems' raw topics, a poll's batch at a time. A record that is not readable JSON of the channel's
 * shape, or that lacks a required field, goes to the topic's dead-letter topic with the reason (the service's error
 * handler, told which record by a {@link BatchListenerFailedException}) once the records before it are published; a
 * broker that does not acknowledge a normalized complaint makes it and those after it be retried, never dropped.
 */
@Component
class RawComplaintListener {

    private final ComplaintIntake intake;

    RawComplaintListener(ComplaintIntake intake) {
        this.intake = intake;
    }

    @KafkaListener(id = "intake-raw-phone", topics = Topics.RAW_PHONE, groupId = "${spring.application.name}",
            batch = "true",
            properties = "spring.json.value.default.type=org.complaintsuite.intake.channel.phone.PhoneComplaint")
    void onPhone(List<ConsumerRecord<String, PhoneComplaint>> calls) {
        accept(calls, intake::acceptCalls);
    }

    @KafkaListener(id = "intake-raw-chat", topics = Topics.RAW_CHAT, groupId = "${spring.application.name}",
            batch = "true",
            properties = "spring.json.value.default.type=org.complaintsuite.intake.channel.chat.ChatComplaint")
    void onChat(List<ConsumerRecord<String, ChatComplaint>> sessions) {
        accept(sessions, intake::acceptSessions);
    }

    @KafkaListener(id = "intake-raw-regulator", topics = Topics.RAW_REGULATOR, groupId = "${spring.application.name}",
            batch = "true",
            properties = "spring.json.value.default.type=org.complaintsuite.intake.channel.regulator.RegulatorComplaint")
    void onRegulator(List<ConsumerRecord<String, RegulatorComplaint>> transfers) {
        accept(transfers, intake::acceptTransfers);
    }

    /** Hands over the payloads up to the first record that could not be read, then names that record. */
    private static <T> void accept(List<ConsumerRecord<String, T>> records, Consumer<List<T>> acceptAll) {
        ReadableBatch<T> batch = ReadableBatch.of(records);
        acceptAll.accept(batch.values());
        batch.throwIfUnreadable();
    }
}
