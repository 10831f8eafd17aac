package org.complaintsuite.risk.watchlist;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.complaintsuite.risk.api.ApiDocs;
import org.complaintsuite.risk.links.Identifier;

/**
 * The watch list: phones, e-mails, addresses and organizations known to belong to proxy agencies. A complaint
 * carrying one scores {@code WATCHLISTED}. Values are normalized as intake normalizes complaints, so that
 * {@code 138 0013 8000} matches the {@code +8613800138000} a complaint carries. ID numbers cannot be listed: this
 * service only ever sees their keyed hash. An entry applies to complaints scored after it is added.
 */
@RestController
@RequestMapping(path = "/api/v1/watchlist", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Watch list", description = "Identifiers known to belong to proxy agencies")
class WatchlistController {

    private final WatchlistService watchlist;

    WatchlistController(WatchlistService watchlist) {
        this.watchlist = watchlist;
    }

    record NewEntry(
            @Schema(description = "PHONE, EMAIL, ADDRESS or ORGANIZATION (ID numbers cannot be listed)",
                    requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Identifier.Kind type,
            @Schema(description = "The identifier in any usual form; it is normalized as intake normalizes complaints",
                    requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 256) String value,
            @Schema(description = "Why it is listed", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 500) String reason) {
    }

    @GetMapping
    @Operation(summary = "Every watch-list entry", description = "Oldest first, values as normalized.")
    @ApiResponse(responseCode = "200", description = "The entries")
    List<WatchlistStore.Entry> all() {
        return watchlist.all();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put an identifier on the watch list",
            description = "Complaints scored from then on that carry it score WATCHLISTED. Adding an entry already "
                    + "listed replaces its reason.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = {
                            @ExampleObject(name = "phone", summary = "An agency's hotline, in any written form",
                                    value = "{\"type\": \"PHONE\", \"value\": \"+86 177-1234-5678\", "
                                            + "\"reason\": \"某某法务咨询 hotline on 40 complaints\"}"),
                            @ExampleObject(name = "organization", summary = "An agency's company name",
                                    value = "{\"type\": \"ORGANIZATION\", \"value\": \"某某法务咨询有限公司\", "
                                            + "\"reason\": \"proxy agency named in regulator transfers\"}")})))
    @ApiResponse(responseCode = "201", description = "The entry as stored, its value normalized")
    @ApiResponse(responseCode = "400", description = "A field is missing, or the value cannot match (not a phone "
            + "number; an ID number)",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApiDocs.INVALID)))
    WatchlistStore.Entry add(@Valid @RequestBody NewEntry entry, Authentication user) {
        return watchlist.add(entry.type(), entry.value(), entry.reason(), user.getName());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take an identifier off the watch list",
            description = "The value may be given in any form the entry was added in.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "400", description = "The value cannot be normalized",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Not on the watch list",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    void remove(@Parameter(description = "The kind of identifier", example = "PHONE") @RequestParam Identifier.Kind type,
            @Parameter(description = "The identifier", example = "+8617712345678") @RequestParam String value,
            @Parameter(description = "Why it comes off the list", example = "号码已转给正规律所")
            @RequestParam @NotBlank @Size(max = 500) String reason, Authentication user) {
        watchlist.remove(type, value, reason, user.getName());
    }

    @GetMapping("/changes")
    @Operation(summary = "Who changed the watch list, when and why",
            description = "Every addition (also one that only replaced a reason) and removal, newest first.")
    @ApiResponse(responseCode = "200", description = "The changes")
    List<WatchlistStore.Change> changes(@Parameter(description = "How many, at most "
            + WatchlistStore.MAX_CHANGES) @RequestParam(defaultValue = "100") @Min(1)
            @Max(WatchlistStore.MAX_CHANGES) int limit) {
        return watchlist.changes(limit);
    }
}
