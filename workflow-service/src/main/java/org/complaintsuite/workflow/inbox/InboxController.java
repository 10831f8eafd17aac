package org.complaintsuite.workflow.inbox;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A user's alert inbox: who they are comes from their token, never from the request. */
@RestController
@RequestMapping(path = "/api/v1/inbox", produces = MediaType.APPLICATION_JSON_VALUE)
class InboxController {

    private final InboxService inbox;
    private final InboxStreams streams;
    private final InboxReaders readers;

    InboxController(InboxService inbox, InboxStreams streams, InboxReaders readers) {
        this.inbox = inbox;
        this.streams = streams;
        this.readers = readers;
    }

    @GetMapping
    InboxItem.Page list(@RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            Authentication user) {
        return inbox.page(readers.of(user), unread, page, size);
    }

    @GetMapping("/unread-count")
    InboxItem.UnreadCount unreadCount(Authentication user) {
        return new InboxItem.UnreadCount(inbox.unread(readers.of(user)));
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(@PathVariable long id, Authentication user) {
        inbox.markRead(readers.of(user), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    ResponseEntity<Void> markAllRead(Authentication user) {
        inbox.markAllRead(readers.of(user));
        return ResponseEntity.noContent().build();
    }

    /** Unbuffered: a reverse proxy (nginx) would otherwise hold the events back until its buffer fills. */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> stream(Authentication user) {
        return ResponseEntity.ok().header("X-Accel-Buffering", "no").body(streams.open(readers.of(user)));
    }
}
