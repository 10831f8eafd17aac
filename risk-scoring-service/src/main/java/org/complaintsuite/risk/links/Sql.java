package org.complaintsuite.risk.links;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The link store's statements, one file per question under {@code sql/links/} on the classpath, each read once when
 * the class that runs it loads. Comment lines ({@code --}) are dropped, so a comment may name parameters freely.
 */
final class Sql {

    private Sql() {
    }

    static String load(String name) {
        String resource = "sql/links/" + name + ".sql";
        try (InputStream in = Sql.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Statement " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.stripLeading().startsWith("--"))
                    .collect(Collectors.joining("\n")).strip();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
