package org.complaintsuite.console.cases;

import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.complaintsuite.console.web.BeijingTime;

/**
 * The case page's forms and the workflow command each one sends: the sub-resource it posts to, the form fields it
 * needs, and how they become the request body. Every command but the note sends the version the page showed.
 */
public enum CaseCommand {
    ASSIGN("assign", "assignment", true, List.of("assignee"), form -> Map.of("assignee", form.get("assignee"))),
    CONTACT("contact", "contacts", true, List.of("at", "method", "outcome"), form -> Map.of(
            "at", BeijingTime.parseInput(form.get("at")).toString(), "method", form.get("method"),
            "outcome", form.get("outcome"))),
    NOTE("note", "notes", false, List.of("text"), form -> Map.of("text", form.get("text"))),
    PAUSE("pause", "pause", true, List.of("reason"), form -> Map.of("reason", form.get("reason"))),
    RESUME("resume", "resumption", true, List.of(), form -> Map.of()),
    RESOLVE("resolve", "resolution", true, List.of("outcome", "reason"),
            form -> Map.of("outcome", form.get("outcome"), "reason", form.get("reason"))),
    CLOSE("close", "closure", true, List.of(), form -> Map.of()),
    WITHDRAW("withdraw", "withdrawal", true, List.of("reason"), form -> Map.of("reason", form.get("reason"))),
    REOPEN("reopen", "reopening", true, List.of("reason"), form -> Map.of("reason", form.get("reason"))),
    SATISFACTION("satisfaction", "satisfaction", true, List.of("satisfaction"),
            form -> Map.of("satisfaction", form.get("satisfaction"))),
    TRANSFER("transfer", "transfer", true, List.of("group", "reason"),
            form -> Map.of("group", form.get("group"), "reason", form.get("reason"))),
    PROXY_REVIEW("proxy-review", "proxy-review", true, List.of("decision", "reason"),
            form -> Map.of("decision", form.get("decision"), "reason", form.get("reason"))),
    MERGE("merge", "merge", true, List.of("into", "reason"),
            form -> Map.of("into", form.get("into"), "reason", form.get("reason"))),
    EXTENSION("extension", "regulator-extension", true, List.of("days", "reason"),
            form -> Map.of("days", Integer.valueOf(form.get("days")), "reason", form.get("reason"))),
    EXTENSION_APPROVAL("extension-approval", "regulator-extension/approval", true, List.of("approved", "reason"),
            form -> Map.of("approved", Boolean.valueOf(form.get("approved")), "reason", form.get("reason")));

    private final String name;
    private final String path;
    private final boolean versioned;
    private final List<String> required;
    private final Function<Map<String, String>, Map<String, Object>> body;

    CaseCommand(String name, String path, boolean versioned, List<String> required,
            Function<Map<String, String>, Map<String, Object>> body) {
        this.name = name;
        this.path = path;
        this.versioned = versioned;
        this.required = required;
        this.body = body;
    }

    public static Optional<CaseCommand> named(String name) {
        for (CaseCommand command : values()) {
            if (command.name.equals(name)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    public String commandName() {
        return name;
    }

    public String path() {
        return path;
    }

    public boolean versioned() {
        return versioned;
    }

    /** The fields the form left blank, in the form's order. */
    public List<String> missing(Map<String, String> form) {
        return required.stream().filter(field -> form.getOrDefault(field, "").isBlank()).toList();
    }

    /** The request body, the form's values stripped; throws {@link IllegalArgumentException} on an unreadable one. */
    public Map<String, Object> body(Map<String, String> form) {
        Map<String, String> stripped = new LinkedHashMap<>();
        form.forEach((key, value) -> stripped.put(key, value == null ? "" : value.strip()));
        try {
            return this.body.apply(stripped);
        }
        catch (DateTimeParseException | NumberFormatException ex) {
            throw new IllegalArgumentException(ex.getMessage(), ex);
        }
    }
}
