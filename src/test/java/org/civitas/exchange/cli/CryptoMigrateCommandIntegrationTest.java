package org.civitas.exchange.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.civitas.CivitasApplication;
import org.civitas.platform.crypto.DigestAlgorithm;
import org.civitas.support.TestKeystores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator moves an installation made under the standard profile to gm with
 * {@code civitas crypto-migrate}, runs it again (nothing more to do), rotates the key, and meets a
 * wrong password and a wrong key: the real entry point in JVMs of its own, on one data directory.
 */
class CryptoMigrateCommandIntegrationTest {

    private static final long TIMEOUT_MINUTES = 6;

    @TempDir
    Path work;

    record Run(int exitCode, String out, String err) {
        String lastLine() {
            List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
            return lines.isEmpty() ? "" : lines.getLast();
        }
    }

    @Test
    void anInstallationMovesToGmAndRotatesItsKey() throws Exception {
        Path dataDir = work.resolve("data");
        Run admin = civitas(dataDir, Map.of(), "create-admin", "--username", "ops");
        assertThat(admin.exitCode()).as(admin.err()).isZero();
        byte[] content = "汶川县防汛简报".getBytes(StandardCharsets.UTF_8);
        try (Connection db = database(dataDir)) {
            update(db, "update app_user set email = 'ops@aba.gov.cn', phone = '13800138000' where username = 'ops'");
            storeFileAsBeforeTheSwitch(db, dataDir, content);
        }
        Path keystore = TestKeystores.write(
                work.resolve("fields.p12"),
                "PKCS12",
                TestKeystores.PASSWORD,
                Map.of("k1", TestKeystores.randomKey(), "k2", TestKeystores.randomKey()));
        Map<String, String> gm = gm(keystore, TestKeystores.PASSWORD, "k1");

        Run migrate = civitas(dataDir, gm, "crypto-migrate", "--batch-size", "1");

        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.err())
                .contains("app_user.email: 1 values encrypted with the key k1")
                .contains("app_user.phone: 1 values encrypted with the key k1")
                .contains("1 stored files were checked and given SM3 checksums");
        assertThat(migrate.lastLine()).isEqualTo("3");
        try (Connection db = database(dataDir)) {
            assertThat(text(db, "select email from app_user where username = 'ops'"))
                    .startsWith("sm4gcm:k1:")
                    .doesNotContain("ops@");
            assertThat(text(db, "select phone from app_user where username = 'ops'"))
                    .startsWith("sm4gcm:k1:")
                    .doesNotContain("13800138000");
            assertThat(text(db, "select checksum_algorithm || ' ' || checksum from blob"))
                    .isEqualTo("SM3 " + DigestAlgorithm.SM3.hex(content));
            assertThat(text(db, "select count(*) from audit_record where action = 'crypto:encrypt-fields'"))
                    .isEqualTo("2");
        }

        Run again = civitas(dataDir, gm, "crypto-migrate");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.lastLine()).as("nothing left to do").isEqualTo("0");

        Run rotate = civitas(dataDir, gm(keystore, TestKeystores.PASSWORD, "k2"), "crypto-migrate");
        assertThat(rotate.exitCode()).as(rotate.err()).isZero();
        assertThat(rotate.lastLine()).isEqualTo("2");
        try (Connection db = database(dataDir)) {
            assertThat(text(db, "select email from app_user where username = 'ops'"))
                    .startsWith("sm4gcm:k2:");
        }

        Run wrongPassword = civitas(dataDir, gm(keystore, "not-the-password", "k2"), "crypto-migrate");
        assertThat(wrongPassword.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(wrongPassword.err()).contains("wrong password (civitas.crypto.keystore.password)");

        Path otherKeys = TestKeystores.write(
                work.resolve("other.p12"),
                "PKCS12",
                TestKeystores.PASSWORD,
                Map.of("k1", TestKeystores.randomKey(), "k2", TestKeystores.randomKey()));
        Run wrongKey = civitas(dataDir, gm(otherKeys, TestKeystores.PASSWORD, "k1"), "crypto-migrate");
        assertThat(wrongKey.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(wrongKey.err()).contains("does not decrypt with the key \"k2\"");
        try (Connection db = database(dataDir)) {
            assertThat(text(db, "select email from app_user where username = 'ops'"))
                    .as("left as it was")
                    .startsWith("sm4gcm:k2:");
        }
    }

    private static Map<String, String> gm(Path keystore, String password, String currentKey) {
        return Map.of(
                "CIVITAS_CRYPTO_PROFILE",
                "gm",
                "CIVITAS_CRYPTO_KEYSTORE_PATH",
                keystore.toString(),
                "CIVITAS_CRYPTO_KEYSTORE_PASSWORD",
                password,
                "CIVITAS_CRYPTO_KEYSTORE_CURRENT_KEY",
                currentKey);
    }

    /** An upload as the standard profile stored it: the file under its SHA-256, which is also its checksum. */
    private static void storeFileAsBeforeTheSwitch(Connection db, Path dataDir, byte[] content)
            throws IOException, SQLException {
        String sha = DigestAlgorithm.SHA_256.hex(content);
        Path file = dataDir.resolve("blobs")
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        try (var insert =
                db.prepareStatement("insert into blob (sha256, size_bytes, content_type, filename, created_by,"
                        + " created_at, checksum_algorithm, checksum, public_key) values (?, ?, 'text/plain', 'note.txt',"
                        + " 'ops', ?, 'SHA-256', ?, '" + java.util.UUID.randomUUID() + "')")) {
            insert.setString(1, sha);
            insert.setLong(2, content.length);
            insert.setObject(3, OffsetDateTime.now());
            insert.setString(4, sha);
            insert.executeUpdate();
        }
    }

    private static Connection database(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db/civitas"), "civitas", "");
    }

    private static void update(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement()) {
            assertThat(statement.executeUpdate(sql)).isEqualTo(1);
        }
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private Run civitas(Path dataDir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true"));
        command.addAll(List.of("-cp", applicationClassPath(), CivitasApplication.class.getName()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("CIVITAS_"));
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_MESSAGES");
        builder.environment().put("LANG", "en_US.UTF-8");
        builder.environment().put("CIVITAS_DATA_DIR", dataDir.toString());
        builder.environment().putAll(new HashMap<>(env));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("civitas " + String.join(" ", args) + " did not finish within " + TIMEOUT_MINUTES
                    + " minutes; its output: " + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Without the test classes, whose initializer would give the child an in-memory database. */
    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
