package org.civitas.exchange.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.civitas.support.CivitasIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the operator commands do, say and exit with, through the command line's real entry point, in the
 * application the integration tests share (the demo installation: root organisation {@code aba}) instead of
 * one started per command; {@link CommandLineIntegrationTest} runs the real process. Everything made here
 * has a name of its own ({@code cli.*} accounts, sites {@code …0097}).
 */
@CivitasIntegrationTest
class OperatorCommandsIntegrationTest {

    private static final String PORTAL = "5132000097";
    private static final String COUNTY = "5132260097";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path work;

    InProcessCommandLine civitas;

    @BeforeEach
    void lendTheApplication() {
        civitas = new InProcessCommandLine(context);
    }

    @Test
    void anOperatorManagesAccountsFromTheCommandLine() {
        CommandRun admin = civitas.run("create-admin", "--username", "cli.ops", "--display-name", "Operations");
        assertThat(admin.exitCode()).as(admin.err()).isZero();
        assertThat(admin.lastLine()).hasSizeGreaterThanOrEqualTo(12).doesNotContainAnyWhitespaces();
        assertThat(admin.err()).contains("Administrator \u201ccli.ops\u201d created");

        // the operator issues tokens for service accounts only: an administrator holds none
        CommandRun token = civitas.run("create-token", "--user", "cli.ops", "--name", "backup script", "--days", "30");
        assertThat(token.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(token.err()).contains("is not a service account");
        assertThat(token.out()).doesNotContain("cvt_");

        CommandRun unknownUser = civitas.run("reset-password", "--user", "cli.nobody");
        assertThat(unknownUser.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(unknownUser.err()).contains("Refused: There is no user \"cli.nobody\".");
        assertThat(unknownUser.out()).isBlank();

        // a machine client's account, then its token: what a setup script does
        CommandRun service = civitas.run(
                "create-service-account",
                "--username",
                "cli.svc.backup",
                "--display-name",
                "Backup",
                "--organisation",
                "aba");
        assertThat(service.exitCode()).as(service.err()).isZero();
        assertThat(service.lastLine()).isEqualTo("cli.svc.backup");
        assertThat(service.err()).contains("Service account \u201ccli.svc.backup\u201d created");
        CommandRun serviceToken = civitas.run("create-token", "--user", "cli.svc.backup", "--days", "30");
        assertThat(serviceToken.exitCode()).as(serviceToken.err()).isZero();
        assertThat(serviceToken.lastLine()).startsWith("cvt_");
        CommandRun again =
                civitas.run("create-service-account", "--username", "cli.svc.backup", "--organisation", "aba");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(again.err()).contains("Refused: The username \"cli.svc.backup\" already exists.");

        // break-glass: the administrator lost the phone and the recovery codes
        CommandRun none = civitas.run("reset-second-factor", "--user", "cli.ops");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(none.err()).contains("Refused: This user has no authenticator to reset.");
        long ops = jdbc.queryForObject("select id from app_user where username = 'cli.ops'", Long.class);
        jdbc.update(
                "insert into second_factor (user_id, secret, enrolled_at, last_used_step, version)"
                        + " values (?, 'lost', current_timestamp, 0, 0)",
                ops);
        jdbc.update("insert into recovery_code (user_id, code_hash) values (?, 'lost')", ops);
        CommandRun reset = civitas.run("reset-second-factor", "--user", "cli.ops");
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        assertThat(reset.err()).contains("Authenticator and recovery codes of \u201ccli.ops\u201d removed");
        assertThat(count(
                        "select (select count(*) from second_factor where user_id = ?)"
                                + " + (select count(*) from recovery_code where user_id = ?)",
                        ops,
                        ops))
                .isZero();
        // the audit listener runs after the command's transaction, asynchronously
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from audit_record where action = 'user:reset-second-factor'"
                                        + " and actor like 'cli%' and object_id = ?",
                                String.valueOf(ops))
                        == 1);
        assertThat(count("select count(*) from app_user where username = 'cli.svc.backup' and service_account"))
                .isOne();
    }

    @Test
    void anOperatorCreatesSitesImportsArticlesAndExportsThemFromTheCommandLine() throws IOException {
        CommandRun portal = civitas.run(
                "create-site",
                "--name",
                "CLI Portal",
                "--code",
                PORTAL,
                "--kind",
                "PORTAL",
                "--blueprint",
                "portal",
                "--domain",
                "www.cli-portal.gov.cn",
                "--organisation",
                "aba",
                // its content is imported below: the portal goes public at once; the county stays under construction
                "--online");
        assertThat(portal.exitCode()).as(portal.err()).isZero();
        assertThat(portal.err())
                .contains("Site \u201cCLI Portal\u201d created (site code " + PORTAL + ", www.cli-portal.gov.cn)")
                .contains("launched: it is public");

        CommandRun taken = civitas.run(county("WWW.CLI-PORTAL.gov.cn"));
        assertThat(taken.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(taken.err())
                .contains("Refused: The domain \"www.cli-portal.gov.cn\" is already used by another site.");
        assertThat(taken.out()).isBlank();

        // a mistyped theme is refused, naming the installed ones, rather than falling back to the default
        CommandRun badTheme = civitas.run(county("www.cli-county.gov.cn", "--theme", "gov-bleu"));
        assertThat(badTheme.exitCode()).as(badTheme.err()).isEqualTo(ExitCodes.REFUSED);
        assertThat(badTheme.err())
                .contains("Refused: The theme \"gov-bleu\" is not installed. Installed themes: ")
                .containsPattern("Installed themes: .*\\bdefault\\b");
        CommandRun county = civitas.run(county("www.cli-county.gov.cn", "--theme", "default"));
        assertThat(county.exitCode()).as(county.err()).isZero();
        assertThat(civitas.run("create-site", "--help").out()).contains("--theme=NAME");

        CommandRun badKind = civitas.run("create-site", "--name", "x", "--code", "1", "--kind", "CITY");
        assertThat(badKind.exitCode()).isEqualTo(ExitCodes.USAGE);

        // a file of bad lines only: each is refused with its number and reason, nothing is imported (exit 1)
        Path bad = work.resolve("bad.jsonl");
        Files.writeString(bad, """
                {"sourceKey":"cli-bad-1","siteCode":"%1$s","channelCode":"no-such-channel","title":"第二篇","body":"<p>正文</p>"}
                not json
                """.formatted(PORTAL), StandardCharsets.UTF_8);
        CommandRun refused = civitas.run("import-articles", "--file", bad.toString());
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err())
                .contains("line 1: ", "no-such-channel")
                .contains("line 2: not a JSON object")
                .contains("Created 0, updated 0, unchanged 0, refused 2 lines");

        // a rebuilt index matches the database; the imports below are indexed as they are published
        CommandRun reindex = civitas.run("reindex");
        assertThat(reindex.exitCode()).as(reindex.err()).isZero();
        long documents = Long.parseLong(reindex.lastLine());
        assertThat(reindex.err())
                .contains("Rebuilding the search index: articles ", " (100%)", "Rebuilt the search index");

        Path good = work.resolve("good.jsonl");
        Files.writeString(good, """
                {"sourceKey":"cli-1","siteCode":"%1$s","channelCode":"news-headlines","title":"州政府召开常务会议","body":"<p>会议研究了防汛工作。</p>","publishedAt":"2026-05-12T06:28:00Z"}
                {"sourceKey":"cli-2","siteCode":"%1$s","channelCode":"news-notices","title":"关于做好汛期安全工作的通知","body":"<p>各县（市）人民政府：</p>","pinned":true}
                """.formatted(PORTAL), StandardCharsets.UTF_8);
        CommandRun imported = civitas.run("import-articles", "--file", good.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("Created 2, updated 0, unchanged 0, refused 0 lines");
        // the same export again changes nothing (matched by sourceKey)
        CommandRun again = civitas.run("import-articles", "--file", good.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("Created 0, updated 0, unchanged 2, refused 0 lines");
        assertThat(count(
                        "select count(*) from content_article a join site s on s.id = a.site_id where s.site_code = ?",
                        PORTAL))
                .as("only the good file's articles")
                .isEqualTo(2);

        CommandRun check = civitas.run("reindex", "--check");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.err())
                .containsPattern("The search index matches the database: (\\d+) documents expected, \\1 indexed");
        assertThat(check.lastLine()).isEqualTo("clean");
        assertThat(documentsIn(check.err())).isGreaterThanOrEqualTo(documents + 2);

        Path exported = work.resolve("static");
        CommandRun export = civitas.run("export-site", "--all", "--dir", exported.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err())
                .contains("Exported site " + PORTAL)
                .containsPattern("Not exported: \\d+ sites that are not online \\(under construction or offline\\):"
                        + " .*\\b" + COUNTY + "\\b");
        Path portalFolder = exported.resolve("www.cli-portal.gov.cn");
        assertThat(portalFolder.resolve("index.html"))
                .content(StandardCharsets.UTF_8)
                .contains("州政府召开常务会议");
        try (var articles = Files.list(portalFolder.resolve("a"))) {
            assertThat(articles.filter(f -> f.toString().endsWith(".html"))).hasSize(2);
        }
        CommandRun neither = civitas.run("export-site");
        assertThat(neither.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    /** {@code create-site} of a county under the portal with the given domain and further options. */
    private static String[] county(String domain, String... more) {
        var args = new ArrayList<>(List.of(
                "create-site",
                "--name",
                "CLI County",
                "--code",
                COUNTY,
                "--kind",
                "COUNTY",
                "--parent",
                PORTAL,
                "--blueprint",
                "county",
                "--domain",
                domain,
                "--organisation",
                "aba"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static long documentsIn(String text) {
        var matcher = Pattern.compile("(\\d+) documents expected").matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }
}
