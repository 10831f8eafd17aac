package org.complaintsuite.support.kafka.backlog;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The consumer backlog's log line ({@link ConsumerBacklogLog}).
 *
 * @param interval how often the backlog is read and, while it is large, logged
 * @param minLag   the lag from which a listener counts as behind and gets its line
 */
@Validated
@ConfigurationProperties("complaintsuite.kafka.backlog-log")
public record BacklogLogProperties(
        @DefaultValue("10s") Duration interval,
        @DefaultValue("1000") @Min(1) long minLag) {
}
