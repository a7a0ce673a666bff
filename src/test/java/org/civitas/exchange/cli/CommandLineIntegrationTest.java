package org.civitas.exchange.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import org.civitas.support.TestKeystores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as an operator meets it: the real entry point in a JVM of its own, on one data
 * directory that the runs below take in order from empty to installed. Each run that starts the
 * application costs a whole start, so only what needs a real process is here: help without a start, a
 * first start refused, a command that installs, and start-up failures worded for the operator. What each
 * command does, its messages and its exit codes are tested in-process ({@link OperatorCommandsIntegrationTest},
 * {@link CryptoMigrateCommandIntegrationTest}, {@link LauncherTest}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandLineIntegrationTest {

    @TempDir
    static Path work;

    static Path dataDir;

    static ProcessCommandLine civitas;

    @BeforeAll
    static void oneDataDirectory() {
        dataDir = work.resolve("data");
        civitas = new ProcessCommandLine(work);
    }

    @Test
    @Order(1)
    void helpAnswersWithoutStartingTheApplication() throws Exception {
        CommandRun help = civitas.run(dataDir, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .contains(
                        "serve",
                        "create-admin",
                        "reset-password",
                        "reset-second-factor",
                        "create-service-account",
                        "create-token",
                        "create-site",
                        "version");

        // the application would have created the data directory (database, log) had it started
        assertThat(dataDir).doesNotExist();
    }

    @Test
    @Order(2)
    void aFirstAdministratorPasswordWeakerThanThePolicyKeepsTheServerFromStarting() throws Exception {
        CommandRun serve = civitas.run(dataDir, "--server.port=0", "--CIVITAS_ADMIN_PASSWORD=admin2026");
        assertThat(serve.exitCode()).as(serve.err()).isEqualTo(ExitCodes.REFUSED);
        assertThat(serve.err())
                .contains(
                        "Refused: CIVITAS_ADMIN_PASSWORD does not satisfy the password policy: at least 10 characters")
                .contains("Civitas has not started.")
                .doesNotContain("Exception");
    }

    @Test
    @Order(3)
    void anOperatorCreatesTheFirstAdministratorOfAFreshInstallation() throws Exception {
        CommandRun admin = civitas.run(dataDir, "create-admin", "--username", "ops", "--display-name", "Operations");
        assertThat(admin.exitCode()).as(admin.err()).isZero();
        assertThat(admin.lastLine()).hasSizeGreaterThanOrEqualTo(12).doesNotContainAnyWhitespaces();
        assertThat(admin.err()).contains("Administrator \u201cops\u201d created");
        assertThat(dataDir.resolve("db")).isDirectory();
        try (var db = DriverManager.getConnection(url(), "civitas", "");
                var read = db.createStatement();
                var made = read.executeQuery("select (select count(*) from app_user where username = 'ops'),"
                        + " (select count(*) from organisation where code = 'root' and parent_id is null)")) {
            made.next();
            assertThat(made.getInt(1)).isOne();
            // create-admin creates the root organisation (code "root") of a fresh installation
            assertThat(made.getInt(2)).isOne();
        }
    }

    @Test
    @Order(4)
    void aKeystoreThatDoesNotOpenIsReportedPlainly() throws Exception {
        Path keystore = TestKeystores.write(
                work.resolve("fields.p12"),
                "PKCS12",
                TestKeystores.PASSWORD,
                Map.of("k1", TestKeystores.randomKey(), "k2", TestKeystores.randomKey()));
        CommandRun wrongPassword = civitas.run(
                dataDir,
                Map.of(
                        "CIVITAS_CRYPTO_PROFILE", "gm",
                        "CIVITAS_CRYPTO_KEYSTORE_PATH", keystore.toString(),
                        "CIVITAS_CRYPTO_KEYSTORE_PASSWORD", "not-the-password",
                        "CIVITAS_CRYPTO_KEYSTORE_CURRENT_KEY", "k2"),
                "crypto-migrate");
        assertThat(wrongPassword.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(wrongPassword.err())
                .contains("Civitas could not start")
                .contains("wrong password (civitas.crypto.keystore.password)");
    }

    @Test
    @Order(5)
    void aDatabaseInUseByAnotherProcessIsReportedPlainly() throws Exception {
        // holding the embedded database open stands in for a running server
        try (var held = DriverManager.getConnection(url(), "civitas", "")) {
            CommandRun run = civitas.run(dataDir, "create-token", "--user", "ops");
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.ENVIRONMENT);
            assertThat(run.err())
                    .contains("The embedded database in "
                            + dataDir.toAbsolutePath().normalize()
                            + " is in use by a running Civitas server; stop it first, or use the web console /"
                            + " PostgreSQL.");
            assertThat(held.isValid(1)).isTrue();
        }
    }

    private static String url() {
        return "jdbc:h2:file:" + dataDir.resolve("db/civitas");
    }
}
