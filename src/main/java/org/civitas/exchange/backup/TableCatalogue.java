package org.civitas.exchange.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tables of the connection's schema as JDBC metadata describes them, in foreign-key order (a table after
 * those it refers to), so that any database the application runs on is read and written the same way.
 * Flyway's own history is left out: the target's Flyway writes it when it creates the schema.
 */
final class TableCatalogue {

    private static final Set<String> LEFT_OUT = Set.of("flyway_schema_history");

    private final Map<String, Table> tables;
    private final boolean postgres;

    private TableCatalogue(Map<String, Table> tables, boolean postgres) {
        this.tables = tables;
        this.postgres = postgres;
    }

    /** A table: its name as the database spells it, its columns by lower-case name, its key and identity columns. */
    record Table(String name, Map<String, Column> columns, List<String> key, Set<String> references) {

        String lowerName() {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    /** A column: its name as the database spells it, its {@link java.sql.Types} code and the kind its values travel as. */
    record Column(String name, int type, ValueCodec.Kind kind, boolean identity) {}

    static TableCatalogue read(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        boolean postgres =
                meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        Map<String, Table> tables = new TreeMap<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                String lower = name.toLowerCase(Locale.ROOT);
                if (!LEFT_OUT.contains(lower)) {
                    tables.put(lower, new Table(name, new TreeMap<>(), new ArrayList<>(), new LinkedHashSet<>()));
                }
            }
        }
        for (Table table : tables.values()) {
            try (ResultSet rs = meta.getColumns(null, schema, table.name(), "%")) {
                while (rs.next()) {
                    String name = rs.getString("COLUMN_NAME");
                    table.columns()
                            .put(
                                    name.toLowerCase(Locale.ROOT),
                                    new Column(
                                            name,
                                            rs.getInt("DATA_TYPE"),
                                            ValueCodec.kindOf(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")),
                                            "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))));
                }
            }
            Map<Integer, String> key = new TreeMap<>();
            try (ResultSet rs = meta.getPrimaryKeys(null, schema, table.name())) {
                while (rs.next()) {
                    key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            table.key().addAll(key.values());
            try (ResultSet rs = meta.getImportedKeys(null, schema, table.name())) {
                while (rs.next()) {
                    String referenced = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!referenced.equals(table.lowerName()) && tables.containsKey(referenced)) {
                        table.references().add(referenced);
                    }
                }
            }
        }
        return new TableCatalogue(tables, postgres);
    }

    boolean postgres() {
        return postgres;
    }

    Table table(String lowerName) {
        return tables.get(lowerName);
    }

    /** Every table, each after the tables it refers to (a cycle is broken at its alphabetically first table). */
    List<Table> inForeignKeyOrder() {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        tables.keySet().stream().sorted(Comparator.naturalOrder()).forEach(t -> place(t, placed, visiting, ordered));
        return ordered;
    }

    private void place(String name, Set<String> placed, Set<String> visiting, List<Table> ordered) {
        if (placed.contains(name) || !visiting.add(name)) {
            return;
        }
        Table table = tables.get(name);
        table.references().forEach(r -> place(r, placed, visiting, ordered));
        visiting.remove(name);
        if (placed.add(name)) {
            ordered.add(table);
        }
    }

    /** The identifier quoted as the database spells it (H2 upper-cases unquoted names, PostgreSQL lower-cases). */
    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** {@code order by} the key, in code-point order on every database, so that a table reads the same anywhere. */
    String keyOrder(Table table) {
        if (table.key().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String column : table.key()) {
            Column c = table.columns().get(column);
            boolean text = c.kind() == ValueCodec.Kind.TEXT;
            parts.add(quoted(c.name()) + (text && postgres ? " collate \"C\"" : ""));
        }
        return " order by " + String.join(", ", parts);
    }
}
