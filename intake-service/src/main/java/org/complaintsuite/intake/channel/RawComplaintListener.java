package org.complaintsuite.intake.channel;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import org.complaintsuite.intake.channel.chat.ChatComplaint;
import org.complaintsuite.intake.channel.phone.PhoneComplaint;
import org.complaintsuite.intake.channel.regulator.RegulatorComplaint;
import org.complaintsuite.model.Topics;

/**
 * Upstream channel systems' raw topics. A record that is not readable JSON of the channel's shape, or that lacks a
 * required field, goes to the topic's dead-letter topic with the reason (the service's error handler); a broker
 * that does not acknowledge the normalized complaint makes the record be retried, never dropped.
 */
@Component
class RawComplaintListener {

    private final ComplaintIntake intake;

    RawComplaintListener(ComplaintIntake intake) {
        this.intake = intake;
    }

    @KafkaListener(id = "intake-raw-phone", topics = Topics.RAW_PHONE, groupId = "${spring.application.name}",
            properties = "spring.json.value.default.type=org.complaintsuite.intake.channel.phone.PhoneComplaint")
    void onPhone(PhoneComplaint call) {
        intake.accept(call);
    }

    @KafkaListener(id = "intake-raw-chat", topics = Topics.RAW_CHAT, groupId = "${spring.application.name}",
            properties = "spring.json.value.default.type=org.complaintsuite.intake.channel.chat.ChatComplaint")
    void onChat(ChatComplaint session) {
        intake.accept(session);
    }

    @KafkaListener(id = "intake-raw-regulator", topics = Topics.RAW_REGULATOR, groupId = "${spring.application.name}",
            properties = "spring.json.value.default.type=org.complaintsuite.intake.channel.regulator.RegulatorComplaint")
    void onRegulator(RegulatorComplaint transfer) {
        intake.accept(transfer);
    }
}
