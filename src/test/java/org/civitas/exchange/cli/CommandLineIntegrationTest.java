package org.civitas.exchange.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.civitas.CivitasApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as an operator meets it: the real entry point in a JVM of its own, on a data
 * directory of its own (each run that starts the application takes a while, so the runs that
 * depend on each other share one test).
 */
class CommandLineIntegrationTest {

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
    void helpAndUsageErrorsAnswerWithoutStartingTheApplication() throws Exception {
        Path dataDir = work.resolve("data");

        Run help = civitas(dataDir, "--help");
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

        Run unknown = civitas(dataDir, "frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("frobnicate");

        // the application would have created the data directory (database, log) had it started
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void aFirstAdministratorPasswordWeakerThanThePolicyKeepsTheServerFromStarting() throws Exception {
        Path dataDir = work.resolve("weak");

        Run serve = civitas(dataDir, "--server.port=0", "--CIVITAS_ADMIN_PASSWORD=admin2026");
        assertThat(serve.exitCode()).as(serve.err()).isEqualTo(ExitCodes.REFUSED);
        assertThat(serve.err())
                .contains(
                        "Refused: CIVITAS_ADMIN_PASSWORD does not satisfy the password policy: at least 10 characters")
                .contains("Civitas has not started.")
                .doesNotContain("Exception");
    }

    @Test
    void anOperatorSetsUpAFreshInstallationFromTheCommandLine() throws Exception {
        Path dataDir = work.resolve("fresh");

        Run admin = civitas(dataDir, "create-admin", "--username", "ops", "--display-name", "Operations");
        assertThat(admin.exitCode()).as(admin.err()).isZero();
        assertThat(admin.lastLine()).hasSizeGreaterThanOrEqualTo(12).doesNotContainAnyWhitespaces();
        assertThat(admin.err()).contains("Administrator \u201cops\u201d created");
        assertThat(dataDir.resolve("db")).isDirectory();

        // the operator issues tokens for service accounts only: an administrator holds none
        Run token = civitas(dataDir, "create-token", "--user", "ops", "--name", "backup script", "--days", "30");
        assertThat(token.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(token.err()).contains("is not a service account");
        assertThat(token.out()).doesNotContain("cvt_");

        Run unknownUser = civitas(dataDir, "reset-password", "--user", "nobody");
        assertThat(unknownUser.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(unknownUser.err()).contains("Refused: There is no user \"nobody\".");
        assertThat(unknownUser.out()).isBlank();

        // a machine client's account, then its token: what a setup script does
        Run service = civitas(
                dataDir,
                "create-service-account",
                "--username",
                "svc.backup",
                "--display-name",
                "Backup",
                "--organisation",
                "root");
        assertThat(service.exitCode()).as(service.err()).isZero();
        assertThat(service.lastLine()).isEqualTo("svc.backup");
        assertThat(service.err()).contains("Service account \u201csvc.backup\u201d created");
        Run serviceToken = civitas(dataDir, "create-token", "--user", "svc.backup", "--days", "30");
        assertThat(serviceToken.exitCode()).as(serviceToken.err()).isZero();
        assertThat(serviceToken.lastLine()).startsWith("cvt_");
        Run again = civitas(dataDir, "create-service-account", "--username", "svc.backup", "--organisation", "root");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(again.err()).contains("Refused: The username \"svc.backup\" already exists.");

        // break-glass: the administrator lost the phone and the recovery codes
        Run none = civitas(dataDir, "reset-second-factor", "--user", "ops");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(none.err()).contains("Refused: This user has no authenticator to reset.");
        String url = "jdbc:h2:file:" + dataDir.resolve("db/civitas");
        try (var db = DriverManager.getConnection(url, "civitas", "");
                var enrol = db.createStatement()) {
            enrol.executeUpdate("insert into second_factor (user_id, secret, enrolled_at, last_used_step, version)"
                    + " select id, 'lost', current_timestamp, 0, 0 from app_user where username = 'ops'");
            enrol.executeUpdate("insert into recovery_code (user_id, code_hash)"
                    + " select id, 'lost' from app_user where username = 'ops'");
        }
        Run reset = civitas(dataDir, "reset-second-factor", "--user", "ops");
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        assertThat(reset.err()).contains("Authenticator and recovery codes of \u201cops\u201d removed");
        try (var db = DriverManager.getConnection(url, "civitas", "");
                var read = db.createStatement();
                var left = read.executeQuery("select (select count(*) from second_factor) + (select count(*) from"
                        + " recovery_code), (select count(*) from audit_record where action = 'user:reset-second-factor'"
                        + " and actor like 'cli%' and object_id is not null),"
                        + " (select count(*) from app_user where username = 'svc.backup' and service_account)")) {
            left.next();
            assertThat(left.getInt(1)).isZero();
            assertThat(left.getInt(2)).isOne();
            assertThat(left.getInt(3)).isOne();
        }
    }

    @Test
    void anOperatorCreatesTheClusterPortalWithItsChannelsFromTheCommandLine() throws Exception {
        Path dataDir = work.resolve("sites");
        // create-admin creates the root organisation (code "root") of a fresh installation
        Run admin = civitas(dataDir, "create-admin", "--username", "ops");
        assertThat(admin.exitCode()).as(admin.err()).isZero();

        Run portal = civitas(
                dataDir,
                "create-site",
                "--name",
                // ASCII: the child JVM decodes its arguments in the platform charset, which may not be UTF-8 here
                "Aba Portal",
                "--code",
                "5132000001",
                "--kind",
                "PORTAL",
                "--blueprint",
                "portal",
                "--domain",
                "www.abazhou.gov.cn",
                "--organisation",
                "root",
                // its content is imported below: the portal goes public at once; Wenchuan stays under construction
                "--online");
        assertThat(portal.exitCode()).as(portal.err()).isZero();
        assertThat(portal.err())
                .contains("Site \u201cAba Portal\u201d created (site code 5132000001, www.abazhou.gov.cn)")
                .contains("launched: it is public");

        Run taken = civitas(
                dataDir,
                "create-site",
                "--name",
                "Wenchuan",
                "--code",
                "5132210001",
                "--kind",
                "COUNTY",
                "--parent",
                "5132000001",
                "--blueprint",
                "county",
                "--domain",
                "WWW.ABAZHOU.gov.cn",
                "--organisation",
                "root");
        assertThat(taken.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(taken.err()).contains("Refused: The domain \"www.abazhou.gov.cn\" is already used by another site.");
        assertThat(taken.out()).isBlank();

        // a mistyped theme is refused, naming the installed ones, rather than falling back to the default
        Run badTheme = civitas(
                dataDir,
                "create-site",
                "--name",
                "Wenchuan",
                "--code",
                "5132210001",
                "--kind",
                "COUNTY",
                "--parent",
                "5132000001",
                "--blueprint",
                "county",
                "--domain",
                "www.wenchuan.gov.cn",
                "--organisation",
                "root",
                "--theme",
                "gov-bleu");
        assertThat(badTheme.exitCode()).as(badTheme.err()).isEqualTo(ExitCodes.REFUSED);
        assertThat(badTheme.err())
                .contains("Refused: The theme \"gov-bleu\" is not installed. Installed themes: default.");
        Run county = civitas(
                dataDir,
                "create-site",
                "--name",
                "Wenchuan",
                "--code",
                "5132210001",
                "--kind",
                "COUNTY",
                "--parent",
                "5132000001",
                "--blueprint",
                "county",
                "--domain",
                "www.wenchuan.gov.cn",
                "--organisation",
                "root",
                "--theme",
                "default");
        assertThat(county.exitCode()).as(county.err()).isZero();
        assertThat(civitas(dataDir, "create-site", "--help").out()).contains("--theme=NAME");

        Run badKind = civitas(dataDir, "create-site", "--name", "x", "--code", "1", "--kind", "CITY");
        assertThat(badKind.exitCode()).isEqualTo(ExitCodes.USAGE);

        // a file with one bad line among good ones imports nothing and names the line
        Path bad = work.resolve("bad.jsonl");
        Files.writeString(bad, """
                {"siteCode":"5132000001","channelCode":"news-headlines","title":"州政府召开常务会议","body":"<p>会议研究了防汛工作。</p>"}
                {"siteCode":"5132000001","channelCode":"no-such-channel","title":"第二篇","body":"<p>正文</p>"}
                not json
                """, StandardCharsets.UTF_8);
        Run refused = civitas(dataDir, "import-articles", "--file", bad.toString());
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err())
                .contains("2 lines of", "nothing was imported")
                .contains("line 2: site 5132000001 has no channel with the code \u201cno-such-channel\u201d")
                .contains("line 3: not a JSON object");

        Path good = work.resolve("good.jsonl");
        Files.writeString(good, """
                {"siteCode":"5132000001","channelCode":"news-headlines","title":"州政府召开常务会议","body":"<p>会议研究了防汛工作。</p>","publishedAt":"2026-05-12T06:28:00Z"}
                {"siteCode":"5132000001","channelCode":"news-notices","title":"关于做好汛期安全工作的通知","body":"<p>各县（市）人民政府：</p>","pinned":true}
                """, StandardCharsets.UTF_8);
        Run imported = civitas(dataDir, "import-articles", "--file", good.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("Imported and published 2 articles on 1 sites");
        try (var db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db/civitas"), "civitas", "");
                var rows = db.createStatement().executeQuery("select count(*) from content_article")) {
            rows.next();
            assertThat(rows.getInt(1)).as("only the good file's articles").isEqualTo(2);
        }

        // the imports were indexed as they were published; a rebuild finds the same two articles
        Run check = civitas(dataDir, "reindex", "--check");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.err()).contains("The search index matches the database: 2 documents expected, 2 indexed");
        assertThat(check.lastLine()).isEqualTo("clean");
        Run reindex = civitas(dataDir, "reindex");
        assertThat(reindex.exitCode()).as(reindex.err()).isZero();
        assertThat(reindex.err())
                .contains("Rebuilding the search index: articles 2/2 (100%)", "Rebuilt the search index");
        assertThat(reindex.lastLine()).isEqualTo("2");

        Path exported = work.resolve("static");
        Run export = civitas(dataDir, "export-site", "--all", "--dir", exported.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err())
                .contains("Exported site 5132000001")
                .contains("Not exported: 1 sites that are not online (under construction or offline): 5132210001");
        Path portalFolder = exported.resolve("www.abazhou.gov.cn");
        assertThat(portalFolder.resolve("index.html"))
                .content(StandardCharsets.UTF_8)
                .contains("州政府召开常务会议");
        try (var articles = Files.list(portalFolder.resolve("a"))) {
            assertThat(articles.filter(f -> f.toString().endsWith(".html"))).hasSize(2);
        }
        Run neither = civitas(dataDir, "export-site");
        assertThat(neither.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aDatabaseInUseByAnotherProcessIsReportedPlainly() throws Exception {
        Path dataDir = work.resolve("busy");
        String url = "jdbc:h2:file:" + dataDir.resolve("db/civitas");
        // holding the embedded database open stands in for a running server
        try (var held = DriverManager.getConnection(url, "civitas", "")) {
            Run run = civitas(dataDir, "create-token", "--user", "ops");
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.ENVIRONMENT);
            assertThat(run.err())
                    .contains("The embedded database in "
                            + dataDir.toAbsolutePath().normalize()
                            + " is in use by a running Civitas server; stop it first, or use the web console /"
                            + " PostgreSQL.");
            assertThat(held.isValid(1)).isTrue();
        }
    }

    private Run civitas(Path dataDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(javaCommand());
        // quicker start-up for a short-lived JVM; no effect on behaviour
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true"));
        command.addAll(List.of("-cp", applicationClassPath(), CivitasApplication.class.getName()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("CIVITAS_"));
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_MESSAGES");
        builder.environment().put("LANG", "en_US.UTF-8");
        builder.environment().put("CIVITAS_DATA_DIR", dataDir.toString());
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

    private static String javaCommand() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * The test class path without the test classes: these register a test-only initializer that
     * would give the child an in-memory database instead of the one in its data directory.
     */
    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
