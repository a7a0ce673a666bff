package org.civitas.platform.crypto;

/**
 * A column whose entity field is marked {@link SensitiveText}.
 *
 * @param table the table
 * @param idColumn its single-column primary key, by which the migration walks it
 * @param column the sensitive column
 */
public record SensitiveColumn(String table, String idColumn, String column) {

    /** {@code table.column}, as the command line and the audit trail name it. */
    public String name() {
        return table + "." + column;
    }
}
