package org.complaintsuite.support.jdbc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Rows gathered column by column for one set-based statement: each column goes to PostgreSQL as one text array
 * (parameters {@code c0}, {@code c1}, …), and {@code INSERT … SELECT … FROM unnest(CAST(:c0 AS text[]), …)} writes
 * every row in one round trip, however many there are. JdbcClient has no batch; this keeps the service on one
 * data-access style. Values are text, cast to their column's type in the SQL; null stays null.
 */
public final class Columns {

    private final List<List<@Nullable String>> columns;

    public Columns(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("A row has at least one column, not " + width + ".");
        }
        columns = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            columns.add(new ArrayList<>());
        }
    }

    /** Adds a row: one value per column, in column order. */
    public void add(@Nullable String... row) {
        if (row.length != columns.size()) {
            // the values are not named: they are customers' words and contact details
            throw new IllegalArgumentException("A row of " + columns.size() + " columns was given " + row.length
                    + " values.");
        }
        for (int i = 0; i < row.length; i++) {
            columns.get(i).add(row[i]);
        }
    }

    public int size() {
        return columns.getFirst().size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /** The statement's parameters: {@code c0} … {@code cN}, each column's values as a text array. */
    public Map<String, Object> arrays() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            parameters.put("c" + i, columns.get(i).toArray(String[]::new));
        }
        return parameters;
    }
}
