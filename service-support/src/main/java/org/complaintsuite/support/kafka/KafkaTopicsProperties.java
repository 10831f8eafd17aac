package org.complaintsuite.support.kafka;

import jakarta.validation.constraints.Min;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.validation.annotation.Validated;

import org.complaintsuite.model.Topics;

/**
 * How the services declare their topics. Every topic of the suite, and its dead-letter topic, gets the same
 * partition count: the dead-letter recoverer writes a failed record to the same partition number.
 *
 * @param partitions        partitions per topic: the most consumer threads, over all instances of a service, that share
 *                          a topic's work (12: two instances of three threads each leave room to grow). Raising it on
 *                          a running suite adds partitions to the existing topics (the admin does so at start); a
 *                          customer's next complaints may then land on another partition than the earlier ones, so
 *                          raise it while the topics are drained (docs/topics.md, "Keys and partitions")
 * @param replicationFactor 1 for a single local broker, 3 in production
 */
@Validated
@ConfigurationProperties("complaintsuite.kafka.topics")
public record KafkaTopicsProperties(
        @DefaultValue("12") @Min(1) int partitions,
        @DefaultValue("1") @Min(1) short replicationFactor) {

    /** The topics, each with its dead-letter topic, ready to be declared as a {@link KafkaAdmin.NewTopics} bean. */
    public KafkaAdmin.NewTopics withDeadLetters(String... topics) {
        NewTopic[] declared = new NewTopic[topics.length * 2];
        for (int i = 0; i < topics.length; i++) {
            declared[2 * i] = topic(topics[i]);
            declared[2 * i + 1] = topic(Topics.deadLetter(topics[i]));
        }
        return new KafkaAdmin.NewTopics(declared);
    }

    /** Only the dead-letter topics of these topics: for a service that reads them but does not own the topics. */
    public KafkaAdmin.NewTopics deadLettersOf(java.util.Collection<String> topics) {
        return new KafkaAdmin.NewTopics(topics.stream().map(Topics::deadLetter).map(this::topic)
                .toArray(NewTopic[]::new));
    }

    private NewTopic topic(String name) {
        return TopicBuilder.name(name).partitions(partitions).replicas(replicationFactor).build();
    }
}
