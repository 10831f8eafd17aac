package org.complaintsuite.benchmark.pipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.TopicDescription;

import org.complaintsuite.model.Topics;

/**
 * What the benchmark saw of the suite's settings: the partitions of each pipeline topic and the members of each
 * consumer group (how many consumers share the work), read with the AdminClient.
 */
record SuiteSettings(Map<String, Integer> partitions, Map<String, Integer> groupMembers) {

    static final List<String> TOPICS = List.of(Topics.RAW_PHONE, Topics.COMPLAINTS_RECEIVED,
            Topics.COMPLAINTS_ASSESSED, Topics.SLA_ALERTS);

    static SuiteSettings read(Admin admin) throws Exception {
        Map<String, Integer> partitions = new TreeMap<>();
        Map<String, TopicDescription> topics = admin.describeTopics(TOPICS).allTopicNames().get(10, TimeUnit.SECONDS);
        topics.forEach((name, description) -> partitions.put(name, description.partitions().size()));
        Map<String, Integer> members = new TreeMap<>();
        Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(LagSampler.GROUPS.keySet())
                .all().get(10, TimeUnit.SECONDS);
        groups.forEach((name, description) -> members.put(name, description.members().size()));
        return new SuiteSettings(partitions, members);
    }
}
