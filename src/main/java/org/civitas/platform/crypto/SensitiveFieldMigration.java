package org.civitas.platform.crypto;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * Brings the values of sensitive columns written before the gm profile (or under an older key) to
 * the current key. Trusted: meant for the operator's command line, it checks no permission; each
 * batch is one short transaction that publishes one {@link SensitiveFieldsEncrypted}. Running it
 * again does nothing more, and a run cut short resumes where it stopped, since values already under
 * the current key are skipped.
 */
public interface SensitiveFieldMigration {

    /** Every column marked {@link SensitiveText} in the entities. */
    List<SensitiveColumn> columns();

    /**
     * Encrypts {@code column}'s plain values and re-encrypts those under other keys.
     *
     * @param progress told the number of values changed so far after each batch
     * @return how many values were changed
     * @throws FieldCipherException when a stored value cannot be decrypted (its key is missing or wrong);
     *     the batches before it stay done
     * @throws IllegalStateException when the profile does not encrypt fields
     */
    long encrypt(SensitiveColumn column, int batchSize, LongConsumer progress);
}
