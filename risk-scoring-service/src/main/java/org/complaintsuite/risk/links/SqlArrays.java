package org.complaintsuite.risk.links;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** SQL arrays as the link store's records hold them. */
final class SqlArrays {

    private SqlArrays() {
    }

    /** The array's values as strings, nulls left out; no array is an empty list. */
    static List<String> strings(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> strings = new ArrayList<>(values.length);
        for (Object value : values) {
            if (value != null) {
                strings.add(value.toString());
            }
        }
        return strings;
    }

    static int[] ints(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ints[i] = ((Number) values[i]).intValue();
        }
        return ints;
    }
}
