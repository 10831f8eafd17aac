package org.complaintsuite.workflow.deadletters;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Dead letters for operations (role OPERATIONS): list them per topic, read one, replay one after a fix. */
@RestController
@RequestMapping(path = "/api/v1/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
class DeadLetterController {

    private final DeadLetterService deadLetters;
    private final DeadLetterMetrics metrics;

    DeadLetterController(DeadLetterService deadLetters, DeadLetterMetrics metrics) {
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    /** Newest first, without their values; {@code pending=true} lists those not replayed yet. */
    @GetMapping
    DeadLetter.Page list(@RequestParam(required = false) @Nullable String topic,
            @RequestParam(required = false) @Nullable Boolean pending,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return deadLetters.page(topic, pending, page, size);
    }

    @GetMapping("/topics")
    List<DeadLetter.TopicCount> topics() {
        return deadLetters.topics();
    }

    /** One dead letter with its value, ID numbers, phones and names masked. */
    @GetMapping("/{id}")
    DeadLetter get(@PathVariable long id) {
        return deadLetters.get(id);
    }

    /** Sends the record back to its topic; a dead letter replayed before answers 409. */
    @PostMapping("/{id}/replay")
    DeadLetter replay(@PathVariable long id, Authentication user) {
        DeadLetter replayed = deadLetters.replay(id, user.getName());
        metrics.refresh();
        return replayed;
    }
}
