package org.complaintsuite.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The loaded tables' indexes and constraints, dropped for the load (COPY into bare tables is several times faster)
 * and built again afterwards from their own definitions, as the database reports them.
 */
final class LoadIndexes {

    private LoadIndexes() {
    }

    /** Drops foreign keys, primary keys and indexes of the loaded tables; fills {@code recreate} with the DDL. */
    static List<String> dropIndexesAndConstraints(Connection con, List<String> recreate) throws SQLException {
        String[] tables = BulkLoader.TABLES.toArray(String[]::new);
        List<String> drops = new ArrayList<>();
        List<String> primaryKeys = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        try (PreparedStatement ps = con.prepareStatement("""
                SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), c.contype
                FROM pg_constraint c
                WHERE (c.conrelid::regclass::text = ANY(?) AND c.contype IN ('p', 'f'))
                   OR (c.contype = 'f' AND c.confrelid::regclass::text = ANY(?))
                ORDER BY c.contype, c.conname""")) {
            // also the foreign keys of tables not loaded that point at loaded ones (reassessment_queue)
            ps.setArray(1, con.createArrayOf("text", tables));
            ps.setArray(2, con.createArrayOf("text", tables));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String name = rs.getString(2);
                    String definition = rs.getString(3);
                    drops.add("ALTER TABLE " + table + " DROP CONSTRAINT " + name);
                    String add = "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + definition;
                    (rs.getString(4).equals("p") ? primaryKeys : foreignKeys).add(add);
                }
            }
        }
        try (PreparedStatement ps = con.prepareStatement("""
                SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                FROM pg_index i
                WHERE i.indrelid::regclass::text = ANY(?)
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                                  WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
                ORDER BY 1""")) {
            ps.setArray(1, con.createArrayOf("text", tables));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    drops.add("DROP INDEX " + rs.getString(1));
                    indexes.add(rs.getString(2));
                }
            }
        }
        try (Statement st = con.createStatement()) {
            for (String drop : drops) {
                st.execute(drop);
            }
            st.execute("TRUNCATE " + String.join(", ", BulkLoader.TABLES) + ", assessment_outbox");
        }
        recreate.addAll(primaryKeys);
        recreate.addAll(indexes);
        recreate.addAll(foreignKeys);
        return drops;
    }
}
