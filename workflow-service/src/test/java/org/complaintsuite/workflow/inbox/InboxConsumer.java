package org.complaintsuite.workflow.inbox;

import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.utils.ContainerTestUtils;

import org.complaintsuite.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the inbox's consumer alone. The inbox tests run with {@code spring.kafka.listener.auto-startup=false}, so
 * that their contexts take no complaints from other tests' contexts, and with a consumer group of their own.
 */
public final class InboxConsumer {

    private InboxConsumer() {
    }

    public static void start(KafkaListenerEndpointRegistry listeners) {
        MessageListenerContainer container = listeners.getListenerContainer(SlaAlertListener.ID);
        assertThat(container).isNotNull();
        if (!container.isRunning()) {
            container.start();
        }
        ContainerTestUtils.waitForAssignment(container, TestInfrastructure.PARTITIONS);
    }

    /**
     * Stops it while the test broker still runs: a context stays cached until the JVM exits, when the broker may be
     * gone already and a consumer closing would wait for it.
     */
    public static void stop(KafkaListenerEndpointRegistry listeners) {
        MessageListenerContainer container = listeners.getListenerContainer(SlaAlertListener.ID);
        if (container != null && container.isRunning()) {
            container.stop();
        }
    }
}
