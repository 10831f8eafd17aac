package org.complaintsuite.benchmark.pipeline;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
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
 * consumer group (how many consumers share the work), read with the AdminClient; and the PostgreSQL settings that
 * change the figures most (autovacuum above all: without it the planner keeps plans made when the tables were small).
 */
record SuiteSettings(Map<String, Integer> partitions, Map<String, Integer> groupMembers,
        Map<String, String> postgres) {

    /** PostgreSQL settings shown in the report. */
    static final List<String> POSTGRES_SETTINGS = List.of("autovacuum", "fsync", "synchronous_commit",
            "shared_buffers", "max_wal_size", "max_connections");

    static final List<String> TOPICS = List.of(Topics.RAW_PHONE, Topics.COMPLAINTS_RECEIVED,
            Topics.COMPLAINTS_ASSESSED, Topics.SLA_ALERTS);

    static SuiteSettings read(Admin admin, Databases databases) throws Exception {
        Map<String, Integer> partitions = new TreeMap<>();
        Map<String, TopicDescription> topics = admin.describeTopics(TOPICS).allTopicNames().get(10, TimeUnit.SECONDS);
        topics.forEach((name, description) -> partitions.put(name, description.partitions().size()));
        Map<String, Integer> members = new TreeMap<>();
        Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(LagSampler.GROUPS.keySet())
                .all().get(10, TimeUnit.SECONDS);
        groups.forEach((name, description) -> members.put(name, description.members().size()));
        return new SuiteSettings(partitions, members, postgres(databases));
    }

    /** Whether PostgreSQL runs autovacuum; the report warns when it does not. */
    boolean autovacuumOff() {
        return "off".equals(postgres.get("autovacuum"));
    }

    private static Map<String, String> postgres(Databases databases) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = databases.workflow()) {
            for (String name : POSTGRES_SETTINGS) {
                try (var statement = connection.prepareStatement("SELECT current_setting(?)")) {
                    statement.setString(1, name);
                    try (var rows = statement.executeQuery()) {
                        rows.next();
                        settings.put(name, rows.getString(1));
                    }
                }
            }
        }
        return settings;
    }
}
