package org.civitas.exchange.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;

/**
 * How one column value travels: read by its JDBC type into one of a few database-independent kinds, written
 * as JSON, and bound again by the kind the archive names. Each kind has one spelling (instants in UTC,
 * decimals without trailing zeros), so that equal data gives equal bytes, and equal checksums, whichever
 * database it was read from.
 */
final class ValueCodec {

    /** The kinds a value travels as; the archive names each column's kind in its table's header line. */
    enum Kind {
        BOOL,
        INT,
        DEC,
        TEXT,
        DATE,
        TIME,
        TIMESTAMP,
        INSTANT,
        UUID,
        BYTES;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    private ValueCodec() {}

    /**
     * The kind of a column by its JDBC type, and by its type's name where drivers disagree on the code:
     * PostgreSQL's driver reports {@code timestamptz} as a plain TIMESTAMP and {@code uuid} as OTHER, H2 its
     * UUID as BINARY.
     */
    static Kind kindOf(int jdbcType, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (name.equals("uuid")) {
            return Kind.UUID;
        }
        if (name.equals("timestamptz") || name.equals("timestamp with time zone")) {
            return Kind.INSTANT;
        }
        return kindOf(jdbcType);
    }

    static Kind kindOf(int jdbcType) {
        return switch (jdbcType) {
            case Types.BIT, Types.BOOLEAN -> Kind.BOOL;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Kind.INT;
            case Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.FLOAT, Types.DOUBLE -> Kind.DEC;
            case Types.DATE -> Kind.DATE;
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> Kind.TIME;
            case Types.TIMESTAMP -> Kind.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.INSTANT;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BYTES;
            // CHAR, VARCHAR, CLOB and whatever else a driver can give as text (UUID, JSON, ...)
            default -> Kind.TEXT;
        };
    }

    /** Writes column {@code index} of the current row as its kind's one JSON spelling. */
    static void write(ResultSet row, int index, Kind kind, JsonGenerator json) throws SQLException {
        switch (kind) {
            case BOOL -> {
                boolean value = row.getBoolean(index);
                if (row.wasNull()) json.writeNull();
                else json.writeBoolean(value);
            }
            case INT -> {
                long value = row.getLong(index);
                if (row.wasNull()) json.writeNull();
                else json.writeNumber(value);
            }
            case DEC -> {
                BigDecimal value = row.getBigDecimal(index);
                text(json, value == null ? null : value.stripTrailingZeros().toPlainString());
            }
            case DATE -> text(json, string(row.getObject(index, LocalDate.class)));
            case TIME -> text(json, string(row.getObject(index, LocalTime.class)));
            case TIMESTAMP -> text(json, string(row.getObject(index, LocalDateTime.class)));
            case INSTANT -> {
                OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
                text(json, value == null ? null : value.toInstant().toString());
            }
            case UUID -> text(json, string(row.getObject(index, java.util.UUID.class)));
            case BYTES -> {
                byte[] value = row.getBytes(index);
                text(json, value == null ? null : Base64.getEncoder().encodeToString(value));
            }
            case TEXT -> text(json, row.getString(index));
        }
    }

    /** Binds an archived value (as its JSON parser gave it: text, number, boolean or null) to parameter {@code index}. */
    static void bind(PreparedStatement statement, int index, Kind kind, Object value, TableCatalogue.Column target)
            throws SQLException {
        int targetType = target.type();
        if (value == null) {
            statement.setNull(index, targetType);
            return;
        }
        String text = value.toString();
        switch (kind) {
            // a flag one database declares as a bit and another as a number (Flowable's ACT_EVT_LOG.IS_PROCESSED_)
            case BOOL -> {
                if (target.kind() == Kind.INT) statement.setInt(index, (Boolean) value ? 1 : 0);
                else statement.setBoolean(index, (Boolean) value);
            }
            case INT -> {
                if (target.kind() == Kind.BOOL) statement.setBoolean(index, ((Number) value).longValue() != 0);
                else statement.setLong(index, ((Number) value).longValue());
            }
            case DEC -> statement.setBigDecimal(index, new BigDecimal(text));
            case DATE -> statement.setObject(index, LocalDate.parse(text));
            case TIME -> statement.setObject(index, LocalTime.parse(text));
            case TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(text));
            case INSTANT -> statement.setObject(index, Instant.parse(text).atOffset(ZoneOffset.UTC));
            case UUID -> statement.setObject(index, java.util.UUID.fromString(text));
            case BYTES -> statement.setBytes(index, Base64.getDecoder().decode(text));
            case TEXT -> {
                if (target.kind() == Kind.TEXT && targetType != Types.OTHER) {
                    statement.setString(index, text);
                } else {
                    // a type the driver reads as text (PostgreSQL's uuid or json): let the database convert it
                    statement.setObject(index, text, Types.OTHER);
                }
            }
        }
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static void text(JsonGenerator json, String value) {
        if (value == null) json.writeNull();
        else json.writeString(value);
    }
}
