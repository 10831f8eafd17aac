package org.complaintsuite.benchmark.pipeline;

import java.time.Instant;

/**
 * One reading of a consumer group on one topic: the sum over the topic's partitions of the group's committed offset
 * and of the log-end offset, and their difference, the lag (records written that the group has not processed).
 *
 * @param phase the scenario running when it was taken
 */
record LagSample(Instant at, String phase, String group, String topic, long committed, long end) {

    long lag() {
        return Math.max(0, end - committed);
    }

    static String csvHeader() {
        return "time,phase,group,topic,committed,end,lag";
    }

    String csv() {
        return at + "," + phase + "," + group + "," + topic + "," + committed + "," + end + "," + lag();
    }
}
