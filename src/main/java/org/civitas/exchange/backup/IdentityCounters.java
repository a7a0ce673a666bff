package org.civitas.exchange.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.civitas.exchange.backup.TableCatalogue.Column;
import org.civitas.exchange.backup.TableCatalogue.Table;

/**
 * After rows were inserted with their own ids, each identity column continues after the largest id, so that the
 * next row the application writes does not collide with a restored one.
 */
final class IdentityCounters {

    private IdentityCounters() {}

    static void reset(Connection target, TableCatalogue catalogue) throws SQLException {
        for (Table table : catalogue.inForeignKeyOrder()) {
            for (Column column : table.columns().values()) {
                if (column.identity()) {
                    reset(target, catalogue.postgres(), table, column);
                }
            }
        }
    }

    private static void reset(Connection target, boolean postgres, Table table, Column column) throws SQLException {
        String tableName = TableCatalogue.quoted(table.name());
        String columnName = TableCatalogue.quoted(column.name());
        long next;
        try (Statement statement = target.createStatement();
                ResultSet rs =
                        statement.executeQuery("select coalesce(max(" + columnName + "), 0) + 1 from " + tableName)) {
            rs.next();
            next = rs.getLong(1);
        }
        try (Statement statement = target.createStatement()) {
            if (postgres) {
                statement.execute("select setval(pg_get_serial_sequence('" + tableName.replace("'", "''") + "', '"
                        + column.name().replace("'", "''") + "'), " + next + ", false)");
            } else {
                statement.execute("alter table " + tableName + " alter column " + columnName + " restart with " + next);
            }
        }
    }
}
