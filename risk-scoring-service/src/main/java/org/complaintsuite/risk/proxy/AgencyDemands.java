package org.complaintsuite.risk.proxy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.complaintsuite.model.Evidence;

/**
 * The standard demands of proxy agencies (停息挂账, waiving all interest, cutting principal, clearing the credit
 * record, stopping collection), each a category of patterns read from {@code lexicons/proxy-agency-demand.txt}.
 * A genuine customer asks for one thing; an agency's template asks for the whole menu, so what counts is how many
 * different categories a complaint's words reach.
 */
public final class AgencyDemands {

    static final String RESOURCE = "lexicons/proxy-agency-demand.txt";
    static final String GROUNDS_RESOURCE = "lexicons/proxy-agency-grounds.txt";

    private final Map<String, List<Pattern>> categories;

    private AgencyDemands(Map<String, List<Pattern>> categories) {
        this.categories = categories;
    }

    public static AgencyDemands load() {
        return load(RESOURCE);
    }

    /**
     * The grounds the agencies argue on (hidden fees, illegal collection, unfair terms, the law, hardship), from
     * {@code lexicons/proxy-agency-grounds.txt}, in the same format.
     */
    public static AgencyDemands loadGrounds() {
        return load(GROUNDS_RESOURCE);
    }

    static AgencyDemands load(String resource) {
        InputStream in = AgencyDemands.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath");
        }
        Map<String, List<Pattern>> categories = new LinkedHashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw new IllegalStateException(resource + " line " + number + ": expected CATEGORY<TAB>pattern");
                }
                categories.computeIfAbsent(parts[0].strip(), c -> new ArrayList<>()).add(Pattern.compile(parts[1].strip()));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read " + resource, ex);
        }
        return new AgencyDemands(java.util.Collections.unmodifiableMap(categories));
    }

    /** The earliest match of each category the text reaches, in the file's category order. */
    public Map<String, Evidence> find(String text) {
        Map<String, Evidence> found = new LinkedHashMap<>();
        categories.forEach((category, patterns) -> {
            for (Pattern pattern : patterns) {
                Matcher matcher = pattern.matcher(text);
                if (matcher.find() && (!found.containsKey(category) || matcher.start() < found.get(category).start())) {
                    found.put(category, Evidence.span(matcher.group(), matcher.start()));
                }
            }
        });
        return found;
    }
}
