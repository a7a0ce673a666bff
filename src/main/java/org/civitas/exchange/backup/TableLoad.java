package org.civitas.exchange.backup;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.civitas.exchange.backup.TableCatalogue.Column;
import org.civitas.exchange.backup.TableCatalogue.Table;
import org.civitas.platform.DomainException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Inserts one table part's rows in batches: the header line names the table and its columns with their kinds,
 * each further line is one row. Columns the target has beyond the archive's keep their defaults.
 */
final class TableLoad {

    private static final int BATCH = 500;

    private final Connection target;
    private final TableCatalogue catalogue;

    TableLoad(Connection target, TableCatalogue catalogue) {
        this.target = target;
        this.catalogue = catalogue;
    }

    long load(InputStream part) throws SQLException {
        try (JsonParser json = Json.FACTORY.createParser(ObjectReadContext.empty(), part)) {
            expect(json, JsonToken.START_OBJECT);
            String tableName = null;
            List<String> columns = new ArrayList<>();
            List<ValueCodec.Kind> kinds = new ArrayList<>();
            while (json.nextToken() == JsonToken.PROPERTY_NAME) {
                String property = json.currentName();
                if (property.equals("table")) {
                    json.nextToken();
                    tableName = json.getString();
                } else if (property.equals("columns")) {
                    expect(json, JsonToken.START_ARRAY);
                    while (json.nextToken() == JsonToken.START_ARRAY) {
                        json.nextToken();
                        columns.add(json.getString());
                        json.nextToken();
                        kinds.add(ValueCodec.Kind.of(json.getString()));
                        expect(json, JsonToken.END_ARRAY);
                    }
                } else {
                    json.nextToken();
                    json.skipChildren();
                }
            }
            Table table = catalogue.table(tableName);
            List<Column> targets = new ArrayList<>();
            for (String column : columns) {
                Column c = table.columns().get(column);
                if (c == null) {
                    throw new DomainException("restore.columnMissing", tableName, column);
                }
                targets.add(c);
            }
            return insertRows(json, table, targets, kinds);
        }
    }

    private long insertRows(JsonParser json, Table table, List<Column> columns, List<ValueCodec.Kind> kinds)
            throws SQLException {
        String insert = "insert into " + TableCatalogue.quoted(table.name()) + " ("
                + String.join(
                        ", ",
                        columns.stream()
                                .map(c -> TableCatalogue.quoted(c.name()))
                                .toList())
                + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        long rows = 0;
        try (PreparedStatement statement = target.prepareStatement(insert)) {
            while (json.nextToken() == JsonToken.START_ARRAY) {
                for (int i = 0; i < columns.size(); i++) {
                    ValueCodec.bind(statement, i + 1, kinds.get(i), value(json), columns.get(i));
                }
                expect(json, JsonToken.END_ARRAY);
                statement.addBatch();
                if (++rows % BATCH == 0) {
                    statement.executeBatch();
                }
            }
            if (rows % BATCH != 0) {
                statement.executeBatch();
            }
        }
        return rows;
    }

    private static Object value(JsonParser json) {
        JsonToken token = json.nextToken();
        return switch (token) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NUMBER_INT -> json.getLongValue();
            case VALUE_STRING -> json.getString();
            default -> throw new DomainException("restore.partTampered", String.valueOf(token));
        };
    }

    private static void expect(JsonParser json, JsonToken token) {
        if (json.nextToken() != token) {
            throw new DomainException("restore.partTampered", json.currentName());
        }
    }
}
