package org.civitas.exchange.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.civitas.platform.crypto.CryptoSettings;
import org.civitas.platform.crypto.FieldCipher;
import org.civitas.platform.crypto.SensitiveColumn;
import org.civitas.platform.crypto.SensitiveFieldMigration;
import org.civitas.storage.trusted.BlobChecksums;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Brings an installation to its configured cryptography (docs/security.md):
 * encrypts the sensitive fields written in clear (and re-encrypts those under an older key), then
 * gives stored files checksums by the configured algorithm. Both steps skip what is already done, so
 * the command can be repeated and resumes where an interrupted run stopped.
 */
@Command(name = "crypto-migrate", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class)
final class CryptoMigrateCommand implements Callable<Integer> {

    private static final int LISTED_IDS = 20;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--batch-size",
            paramLabel = "N",
            defaultValue = "500",
            descriptionKey = "crypto-migrate.batch-size")
    int batchSize;

    @Mixin
    OperatorOptions options;

    private final Cli cli;

    CryptoMigrateCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (batchSize < 1) {
            cli.note(cli.messages().text("crypto-migrate.batch-size.invalid"));
            return ExitCodes.USAGE;
        }
        return new OperatorRun(cli).run(spec.name(), options, context -> {
            CryptoSettings crypto = context.getBean(CryptoSettings.class);
            long fields =
                    encryptFields(context.getBean(SensitiveFieldMigration.class), context.getBean(FieldCipher.class));
            BlobChecksums.Upgrade files =
                    context.getBean(BlobChecksums.class).upgrade(crypto.fileChecksums(), batchSize, done -> {});
            StringBuilder note = new StringBuilder(cli.messages()
                    .text(
                            "crypto-migrate.files",
                            files.upgraded(),
                            crypto.fileChecksums().code()));
            if (!files.mismatched().isEmpty()) {
                note.append('\n')
                        .append(cli.messages().text("crypto-migrate.files.mismatched", ids(files.mismatched())));
            }
            if (!files.missing().isEmpty()) {
                note.append('\n').append(cli.messages().text("crypto-migrate.files.missing", ids(files.missing())));
            }
            return new Outcome(note.toString(), String.valueOf(fields + files.upgraded()));
        });
    }

    private long encryptFields(SensitiveFieldMigration migration, FieldCipher cipher) {
        if (cipher.currentKey() == null) {
            cli.note(cli.messages().text("crypto-migrate.fields.clear"));
            return 0;
        }
        long total = 0;
        for (SensitiveColumn column : migration.columns()) {
            long changed = migration.encrypt(column, batchSize, done -> {});
            cli.note(cli.messages().text("crypto-migrate.fields", column.name(), changed, cipher.currentKey()));
            total += changed;
        }
        return total;
    }

    private static String ids(List<Long> ids) {
        String listed = ids.stream().limit(LISTED_IDS).map(String::valueOf).collect(Collectors.joining(", "));
        return ids.size() > LISTED_IDS ? listed + ", … (" + ids.size() + ")" : listed;
    }
}
