package org.complaintsuite.testsupport.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.assertj.core.api.SoftAssertions;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may call which endpoint of a service, as a table a security test writes out in full: every endpoint Spring MVC
 * maps must have a row, so an endpoint added without a rule fails the test. {@link #assertEnforced} then calls each
 * endpoint without a token (401 unless open), with each role not allowed (403) and with each allowed role (neither
 * 401 nor 403: the request may still be refused for its content, which is not the security's business).
 */
public final class EndpointTable {

    /** Any method: a mapping that names none (the error page). */
    public static final String ANY_METHOD = "*";

    private final List<String> allRoles;
    private final Map<String, Rule> rules = new LinkedHashMap<>();

    /** A table over these role names (all the suite knows, so that every "wrong role" is tried). */
    public EndpointTable(List<String> allRoles) {
        this.allRoles = List.copyOf(allRoles);
    }

    /**
     * A table over these role names that already holds what every service of the suite leaves open: the error page
     * and the API description with its Swagger UI.
     */
    public static EndpointTable withOpenParts(List<String> allRoles) {
        return new EndpointTable(allRoles)
                .open(ANY_METHOD, "/error")
                .open("GET", "/v3/api-docs").open("GET", "/v3/api-docs.yaml").open("GET", "/v3/api-docs/swagger-config")
                .open("GET", "/swagger-ui.html");
    }

    /** Open to anyone, without a token. */
    public EndpointTable open(String method, String path) {
        return put(method, path, new Rule(true, Set.of()));
    }

    /** Any valid token, whatever its roles. */
    public EndpointTable signedIn(String method, String path) {
        return put(method, path, new Rule(false, Set.of()));
    }

    /** A valid token with one of these roles. */
    public EndpointTable roles(String method, String path, String... roles) {
        return put(method, path, new Rule(false, Set.of(roles)));
    }

    private EndpointTable put(String method, String path, Rule rule) {
        if (rules.putIfAbsent(key(method, path), rule) != null) {
            throw new IllegalArgumentException("Two rows for " + key(method, path));
        }
        return this;
    }

    /** Every endpoint Spring MVC maps has a row, and every row is an endpoint. */
    public void assertCovers(RequestMappingHandlerMapping mapping) {
        Set<String> mapped = new TreeSet<>();
        mapping.getHandlerMethods().keySet().forEach(info -> {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
            if (methods.isEmpty()) {
                methods.add(ANY_METHOD);
            }
            info.getPatternValues().forEach(path -> methods.forEach(method -> mapped.add(key(method, path))));
        });
        assertThat(mapped).as("endpoints mapped by the service but missing from the table")
                .isSubsetOf(rules.keySet());
        assertThat(rules.keySet()).as("rows of the table that are no endpoint of the service")
                .isSubsetOf(mapped);
    }

    /** Calls every row as described above; all failures are reported together. */
    public void assertEnforced(MockMvc mvc) throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (var row : rules.entrySet()) {
            String endpoint = row.getKey();
            Rule rule = row.getValue();
            int anonymous = status(mvc, endpoint, null);
            if (rule.open()) {
                softly.assertThat(anonymous).as("%s without a token", endpoint).isNotIn(401, 403);
                continue;
            }
            softly.assertThat(anonymous).as("%s without a token", endpoint).isEqualTo(401);
            for (String role : allRoles) {
                int status = status(mvc, endpoint, SuiteTestTokens.of("probe-user", role));
                if (rule.roles().isEmpty() || rule.roles().contains(role)) {
                    softly.assertThat(status).as("%s as %s", endpoint, role).isNotIn(401, 403);
                }
                else {
                    softly.assertThat(status).as("%s as %s", endpoint, role).isEqualTo(403);
                }
            }
        }
        softly.assertAll();
    }

    /**
     * The tokens an attacker would try, on one endpoint that {@code role} may call: without {@code exp}, unsigned
     * ({@code alg: none}) and signed with another secret are 401; the role spelled in lower case is 403; the role
     * itself passes.
     */
    public static void assertForgedTokensRefused(MockMvc mvc, String method, String path, String role)
            throws Exception {
        String endpoint = key(method, path);
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(status(mvc, endpoint, SuiteTestTokens.withoutExpiry("probe-user", role)))
                .as("a token without exp").isEqualTo(401);
        softly.assertThat(status(mvc, endpoint, SuiteTestTokens.unsigned("probe-user", role)))
                .as("an unsigned token (alg none)").isEqualTo(401);
        softly.assertThat(status(mvc, endpoint, SuiteTestTokens.signedWith(
                "another-secret-that-is-also-32-bytes-long!", "probe-user", role)))
                .as("a token signed with another secret").isEqualTo(401);
        softly.assertThat(status(mvc, endpoint, SuiteTestTokens.of("probe-user", role.toLowerCase(Locale.ROOT))))
                .as("the role in lower case").isEqualTo(403);
        softly.assertThat(status(mvc, endpoint, SuiteTestTokens.of("probe-user", role)))
                .as("the role itself").isNotIn(401, 403);
        softly.assertAll();
    }

    /** Prometheus: 401 without a token, 403 for an agent, 200 for operations. */
    public static void assertPrometheusForOperationsOnly(MockMvc mvc) throws Exception {
        String endpoint = key("GET", "/actuator/prometheus");
        assertThat(status(mvc, endpoint, null)).as("prometheus without a token").isEqualTo(401);
        assertThat(status(mvc, endpoint, SuiteTestTokens.of("agent-li", "AGENT"))).as("prometheus as an agent")
                .isEqualTo(403);
        assertThat(status(mvc, endpoint, SuiteTestTokens.of("prometheus", "OPERATIONS")))
                .as("prometheus as operations").isEqualTo(200);
    }

    private static int status(MockMvc mvc, String endpoint, String token) throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(ANY_METHOD.equals(method) ? "GET" : method),
                concrete(path));
        if (!"GET".equals(method) && !ANY_METHOD.equals(method)) {
            call.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        if (token != null) {
            call.header("Authorization", "Bearer " + token);
        }
        return mvc.perform(call).andReturn().getResponse().getStatus();
    }

    /** A path of the pattern: variables filled in ({@code {year}} with a year), wildcards with a segment. */
    private static String concrete(String pattern) {
        return pattern.replace("{year}", "2026").replaceAll("\\{[^}]+}", "probe-1").replace("/**", "/probe")
                .replace("*", "probe");
    }

    private static String key(String method, String path) {
        return method + " " + path;
    }

    /** All rows, for a report. */
    public List<String> rows() {
        return new ArrayList<>(rules.keySet());
    }

    private record Rule(boolean open, Set<String> roles) {
    }
}
