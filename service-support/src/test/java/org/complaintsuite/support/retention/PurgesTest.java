package org.complaintsuite.support.retention;

import java.util.ArrayDeque;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class PurgesTest {

    @Test
    void batchesRunUntilOneComesBackShortOfFull() {
        var batches = new ArrayDeque<>(List.of(100, 100, 37, 100));

        int purged = Purges.inBatches(batches::removeFirst, 100);

        assertThat(purged).isEqualTo(237);
        assertThat(batches).containsExactly(100);
    }

    @Test
    void aFullLastBatchIsFollowedByAnEmptyOne() {
        var batches = new ArrayDeque<>(List.of(50, 0));

        assertThat(Purges.inBatches(batches::removeFirst, 50)).isEqualTo(50);
        assertThat(batches).isEmpty();
    }

    @Test
    void aFailedScheduledRunIsLeftForTheNext() {
        Purges.scheduled(LoggerFactory.getLogger(PurgesTest.class), () -> {
            throw new IllegalStateException("database away");
        }, "personal data", "cases");
    }

    @Test
    void theSignalsExpressionIsReadAsEmptyWhenNull() {
        assertThat(Purges.signalsWithoutTextSpans("a.signals"))
                .contains("COALESCE(a.signals, '[]'::jsonb)")
                .contains("IS DISTINCT FROM 'TEXT_SPAN'");
    }
}
