package org.complaintsuite.workflow.voice;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import org.complaintsuite.support.retention.Purges;
import org.complaintsuite.workflow.retention.RetentionProperties;

/**
 * The 溯源 rows of days more than {@code workflow.voice.keep-for} (400 days) ago are deleted, on the purge interval
 * and in the batches of the other purges: a year's figures and their comparison stay answerable.
 */
@Component
class VoicePurge implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(VoicePurge.class);
    private static final Duration FIRST_PURGE_AFTER = Duration.ofMinutes(2);

    private final VoiceStore store;
    private final VoiceProperties voice;
    private final RetentionProperties retention;
    private final Clock clock;

    VoicePurge(VoiceStore store, VoiceProperties voice, RetentionProperties retention, Clock clock) {
        this.store = store;
        this.voice = voice;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(() -> Purges.scheduled(log, this::purge, "溯源 rows",
                "conversation(s) older than " + voice.keepFor().toDays() + " days"), retention.purgeInterval(),
                FIRST_PURGE_AFTER));
    }

    /** Deletes every row due now, batch by batch; returns how many. */
    public int purge() {
        LocalDate before = VoiceStore.day(clock.instant().minus(voice.keepFor()));
        return Purges.inBatches(() -> store.purge(before, retention.batchSize()), retention.batchSize());
    }
}
