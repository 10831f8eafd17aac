package org.complaintsuite.console.workflow;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.complaintsuite.console.security.ServiceTokens;

/**
 * workflow-service's API as the console uses it, called with the signed-in user's token. A refusal becomes a
 * {@link WorkflowException} carrying workflow's problem details; no answer in time a
 * {@link WorkflowUnavailableException}.
 */
@Component
public class WorkflowClient {

    private final RestClient http;
    private final JsonMapper json;

    WorkflowClient(RestClient.Builder builder, WorkflowProperties properties, ServiceTokens tokens, JsonMapper json) {
        this.json = json;
        HttpClient client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(properties.readTimeout());
        this.http = builder.baseUrl(properties.baseUrl().toString())
                .requestFactory(requests)
                .requestInterceptor((request, body, execution) -> {
                    request.getHeaders().setBearerAuth(tokens.bearerFor(currentUser()));
                    return execution.execute(request, body);
                })
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw new WorkflowException(problem(response));
                })
                .build();
    }

    /** The queue's filters; null means "any". */
    public record QueueFilter(@Nullable String group, @Nullable String status, @Nullable String assignee,
            @Nullable Boolean breached, java.time.@Nullable Instant dueBefore, int page, int size) {
    }

    public Cases.Page queue(QueueFilter filter) {
        return call(() -> http.get().uri(uri -> {
            UriBuilder b = uri.path("/api/v1/cases");
            optional(b, "group", filter.group());
            optional(b, "status", filter.status());
            optional(b, "assignee", filter.assignee());
            optional(b, "breached", filter.breached());
            optional(b, "dueBefore", filter.dueBefore());
            return b.queryParam("page", filter.page()).queryParam("size", filter.size()).build();
        }).retrieve().body(Cases.Page.class));
    }

    public Cases.View caseView(String complaintId) {
        return call(() -> http.get().uri("/api/v1/cases/{id}", complaintId).retrieve().body(Cases.View.class));
    }

    /**
     * A command on the case ({@code POST /api/v1/cases/{id}/{path}}) on the version the user saw.
     *
     * @param path    the command's sub-resource, e.g. {@code contacts} or {@code regulator-extension/approval}
     * @param version the version the user's page showed, sent as If-Match; null for commands that need none
     */
    public Cases.View command(String complaintId, String path, @Nullable Long version, Map<String, ?> body) {
        return call(() -> {
            RestClient.RequestBodySpec request = http.post().uri("/api/v1/cases/{id}/" + path, complaintId)
                    .contentType(MediaType.APPLICATION_JSON);
            if (version != null) {
                request.header(HttpHeaders.IF_MATCH, "\"" + version + "\"");
            }
            return request.body(body).retrieve().body(Cases.View.class);
        });
    }

    /** The care tasks not closed, the next clock due first. */
    public List<CareTasks.Task> careTasks() {
        return call(() -> http.get().uri("/api/v1/care-tasks").retrieve()
                .body(new ParameterizedTypeReference<List<CareTasks.Task>>() { }));
    }

    public CareTasks.Task careTask(String contactId) {
        return call(() -> http.get().uri("/api/v1/care-tasks/{id}", contactId).retrieve().body(CareTasks.Task.class));
    }

    /** The reviewer's decision ({@code feedback}) or the outcome ({@code outcome}) on a care task. */
    public CareTasks.Task careCommand(String contactId, String path, Map<String, ?> body) {
        return call(() -> http.post().uri("/api/v1/care-tasks/{id}/" + path, contactId)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(CareTasks.Task.class));
    }

    /** The customer's contacts linked to the complaint, the latest first. */
    public List<CareTasks.LinkedContact> linkedContacts(String complaintId) {
        return call(() -> http.get().uri("/api/v1/cases/{id}/contacts", complaintId).retrieve()
                .body(new ParameterizedTypeReference<List<CareTasks.LinkedContact>>() { }));
    }

    /** Newest first; only those still to be reviewed, or of one category, when asked. */
    public List<QualityFindings.Finding> qualityFindings(boolean unreviewedOnly, @Nullable String category) {
        return call(() -> http.get().uri(uri -> {
            UriBuilder b = uri.path("/api/v1/quality-findings").queryParam("unreviewed", unreviewedOnly)
                    .queryParam("size", 200);
            optional(b, "category", category);
            return b.build();
        }).retrieve().body(new ParameterizedTypeReference<List<QualityFindings.Finding>>() { }));
    }

    public QualityFindings.Finding qualityFinding(String findingId) {
        return call(() -> http.get().uri("/api/v1/quality-findings/{id}", findingId).retrieve()
                .body(QualityFindings.Finding.class));
    }

    public QualityFindings.Finding reviewQualityFinding(String findingId, Map<String, ?> body) {
        return call(() -> http.post().uri("/api/v1/quality-findings/{id}/review", findingId)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(QualityFindings.Finding.class));
    }

    public SlaReport metrics(LocalDate from, LocalDate to, @Nullable String groupBy) {
        return call(() -> http.get().uri(uri -> {
            UriBuilder b = uri.path("/api/v1/metrics/sla").queryParam("from", from).queryParam("to", to);
            optional(b, "groupBy", groupBy);
            return b.build();
        }).retrieve().body(SlaReport.class));
    }

    /** The prevention figures of the Beijing days [from, to). */
    public Prevention.Figures prevention(LocalDate from, LocalDate to) {
        return call(() -> http.get().uri(uri -> uri.path("/api/v1/metrics/prevention").queryParam("from", from)
                .queryParam("to", to).build()).retrieve().body(Prevention.Figures.class));
    }

    /** 溯源 of the Beijing days [from, to) by one of {@link Prevention#DIMENSIONS}. */
    public Prevention.Voice voice(LocalDate from, LocalDate to, String by) {
        return call(() -> http.get().uri(uri -> uri.path("/api/v1/metrics/voice").queryParam("from", from)
                .queryParam("to", to).queryParam("by", by).build()).retrieve().body(Prevention.Voice.class));
    }

    public Inbox.Page inbox(@Nullable Boolean unread, int page, int size) {
        return call(() -> http.get().uri(uri -> {
            UriBuilder b = uri.path("/api/v1/inbox");
            optional(b, "unread", unread);
            return b.queryParam("page", page).queryParam("size", size).build();
        }).retrieve().body(Inbox.Page.class));
    }

    public long unreadCount() {
        Inbox.UnreadCount count = call(() -> http.get().uri("/api/v1/inbox/unread-count").retrieve()
                .body(Inbox.UnreadCount.class));
        return count == null ? 0 : count.unread();
    }

    public void markRead(String itemId) {
        call(() -> http.post().uri("/api/v1/inbox/{id}/read", itemId).retrieve().toBodilessEntity());
    }

    public void markAllRead() {
        call(() -> http.post().uri("/api/v1/inbox/read-all").retrieve().toBodilessEntity());
    }

    public Calendar calendar() {
        return call(() -> http.get().uri("/api/v1/calendar").retrieve().body(Calendar.class));
    }

    private static <T> T call(java.util.function.Supplier<@Nullable T> request) {
        try {
            return Objects.requireNonNull(request.get(), "workflow answered no body");
        }
        catch (ResourceAccessException ex) {
            throw new WorkflowUnavailableException("workflow-service did not answer: " + ex.getMessage(), ex);
        }
    }

    private static void optional(UriBuilder uri, String name, @Nullable Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            uri.queryParam(name, value);
        }
    }

    private static Authentication currentUser() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null) {
            throw new IllegalStateException("workflow is called only on behalf of a signed-in user");
        }
        return user;
    }

    private WorkflowProblem problem(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        byte[] body = response.getBody().readAllBytes();
        try {
            JsonNode node = json.readTree(body);
            List<WorkflowProblem.FieldError> errors = new ArrayList<>();
            JsonNode list = node.path("errors");
            if (list.isArray()) {
                for (JsonNode error : list) {
                    errors.add(new WorkflowProblem.FieldError(text(error.get("field")), text(error.get("message"))));
                }
            }
            JsonNode current = node.get("currentVersion");
            return new WorkflowProblem(status, text(node.get("type")), text(node.get("title")),
                    text(node.get("detail")), current != null && current.isNumber() ? current.asLong() : null,
                    errors);
        }
        catch (RuntimeException ex) {
            return new WorkflowProblem(status, null, response.getStatusText(), null, null, List.of());
        }
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
