package org.civitas.platform.crypto.internal;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.LongConsumer;
import org.civitas.platform.crypto.FieldCipher;
import org.civitas.platform.crypto.SensitiveColumn;
import org.civitas.platform.crypto.SensitiveFieldMigration;
import org.civitas.platform.crypto.SensitiveFieldsEncrypted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link SensitiveFieldMigration} in plain SQL: through the entities, Hibernate would see an
 * unchanged (decrypted) value and write nothing. Each row is changed only if it still holds the
 * value read, so an edit made meanwhile by a running server is never overwritten.
 */
@Component
class JdbcSensitiveFieldMigration implements SensitiveFieldMigration {

    private record Row(long id, String value) {}

    private final FieldCipher cipher;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final EntityManagerFactory entityManagerFactory;

    JdbcSensitiveFieldMigration(
            FieldCipher cipher,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            EntityManagerFactory entityManagerFactory) {
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public List<SensitiveColumn> columns() {
        return SensitiveColumnFinder.of(entityManagerFactory);
    }

    @Override
    public long encrypt(SensitiveColumn column, int batchSize, LongConsumer progress) {
        if (cipher.currentKey() == null) {
            throw new IllegalStateException("Sensitive fields are encrypted only under civitas.crypto.profile=gm");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        String select = "select " + column.idColumn() + ", " + column.column() + " from " + column.table() + " where "
                + column.idColumn() + " > ? and " + column.column() + " is not null order by " + column.idColumn()
                + " limit ?";
        String update = "update " + column.table() + " set " + column.column() + " = ? where " + column.idColumn()
                + " = ? and " + column.column() + " = ?";
        long changed = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            List<Row> rows = jdbc.query(select, (rs, n) -> new Row(rs.getLong(1), rs.getString(2)), from, batchSize);
            if (rows.isEmpty()) {
                return changed;
            }
            Integer done = transactions.execute(status -> encryptBatch(column, update, rows));
            changed += done == null ? 0 : done;
            progress.accept(changed);
            after = rows.getLast().id();
        }
    }

    private int encryptBatch(SensitiveColumn column, String update, List<Row> rows) {
        int count = 0;
        for (Row row : rows) {
            if (cipher.needsProtection(row.value())) {
                String protectedValue = cipher.protect(cipher.reveal(row.value()));
                count += jdbc.update(update, protectedValue, row.id(), row.value());
            }
        }
        if (count > 0) {
            events.publishEvent(new SensitiveFieldsEncrypted(
                    column,
                    cipher.currentKey(),
                    count,
                    rows.getFirst().id(),
                    rows.getLast().id()));
        }
        return count;
    }
}
