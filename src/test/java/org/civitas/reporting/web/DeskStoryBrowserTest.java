package org.civitas.reporting.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.support.browser.ConsoleSignIn.follow;
import static org.civitas.support.browser.ConsoleSignIn.signIn;
import static org.civitas.support.browser.ConsoleSignIn.signOut;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.DataScope;
import org.civitas.identity.RoleDraft;
import org.civitas.identity.RoleService;
import org.civitas.identity.RoleView;
import org.civitas.identity.UserDraft;
import org.civitas.identity.UserService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.journal.JournalDefinition;
import org.civitas.journal.JournalPermissions;
import org.civitas.reporting.ReportingPermissions;
import org.civitas.statistics.StatisticsPermissions;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.Screenshots;
import org.civitas.workflow.ReviewChainDefinition;
import org.civitas.workflow.ReviewChainService;
import org.civitas.workflow.ReviewChainStep;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The information desk's whole story (issue #4) in Chromium, on the demo office: the 汶川县 writer
 * submits, the unit head signs off, the office editor sees a near-duplicate from another unit and
 * merges both into one adoption, compiles a 《每日信息》 edition labelled 敏感, the leader signs it
 * off, and the office releases it. A reader cleared for 敏感 reads it and downloads the PDF, whose
 * first page pdftoppm renders with a red masthead and the reader's watermark; a reader cleared only
 * for 公开 finds it nowhere: not in the edition list or the desk's inbox, not by its address, not in
 * search, not in the statistics, not through the API.
 */
@BrowserTesting
class DeskStoryBrowserTest {

    static final String PASSWORD = CivitasIntegrationTest.ADMIN_PASSWORD;
    private static final String INITIAL = "Story#Initial-2026";
    private static final String OWN = "Story#Reader-2026x";
    private static final String TITLE = "映秀镇泥石流致国道213线中断 汶川县全力抢通";
    private static final String MERGED = "汶川县映秀镇泥石流灾情及抢险情况（综合）";

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    UserService users;

    @Autowired
    RoleService roles;

    @Autowired
    ReviewChainService chains;

    @Autowired
    OrganisationDirectory organisations;

    @BeforeEach
    void people() {
        if (exists("story.leader")) {
            return;
        }
        long office = org("aba-office");
        long aba = org("aba");
        for (String username : List.of("story.leader", "story.reader", "story.low")) {
            runAs("admin", () -> users.create(new UserDraft(username, name(username), office, null, null, INITIAL)));
            runAs(username, () -> {
                users.changeOwnPassword(INITIAL, OWN);
                return null;
            });
        }
        runAs("secadmin", () -> {
            RoleView leader =
                    roles.create(new RoleDraft("STORY_LEADER", "分管领导", null, Set.of(JournalPermissions.READ)));
            RoleView reader = roles.create(new RoleDraft(
                    "STORY_READER",
                    "信息科工作人员",
                    null,
                    Set.of(JournalPermissions.READ, StatisticsPermissions.READ, ReportingPermissions.EDIT)));
            RoleView compiler = roles.create(new RoleDraft(
                    "STORY_COMPILER",
                    "刊物编辑",
                    null,
                    Set.of(JournalPermissions.COMPILE, JournalPermissions.READ, StatisticsPermissions.READ)));
            roles.grant(id("story.leader"), leader.id(), DataScope.ALL, aba);
            roles.grant(id("story.reader"), reader.id(), DataScope.ALL, aba);
            roles.grant(id("story.low"), reader.id(), DataScope.ALL, aba);
            roles.grant(id("desk.editor"), compiler.id(), DataScope.ALL, aba);
            roles.setClearance(id("story.leader"), "SENSITIVE");
            roles.setClearance(id("story.reader"), "SENSITIVE");
            roles.setClearance(id("story.low"), "PUBLIC");
            return null;
        });
        // the demo signs its editions off without steps; this office has its leader sign them
        runAs("admin", () -> {
            var chain = chains.find(JournalDefinition.DEFAULT_REVIEW_CHAIN).orElseThrow();
            return chains.change(
                    chain.code(),
                    new ReviewChainDefinition(
                            chain.code(), chain.name(), List.of(ReviewChainStep.anywhere("领导签发", "STORY_LEADER"))),
                    chain.version());
        });
    }

    @Test
    void aSubmissionBecomesAnEditionThatOnlyClearedReadersFind(Page page, Screenshots screenshots) throws Exception {
        // what the 公开 reader and the 敏感 reader see in the statistics before the story
        signIn(page, "story.low", OWN);
        String lowBefore = wenchuanFigures(page);
        signOut(page);
        signIn(page, "story.reader", OWN);
        String readerBefore = wenchuanFigures(page);
        signOut(page);

        // 1. the 汶川县 writer reports the mudslide, labelled 内部
        signIn(page, "desk.wenchuan", PASSWORD);
        page.navigate("/admin/reporting/submissions/new");
        page.locator("#title").fill(TITLE);
        page.locator(".note-editable").click();
        page.keyboard()
                .type("7月12日凌晨，映秀镇突降暴雨引发泥石流，国道213线映秀至耿达段多处塌方，交通中断。"
                        + "汶川县立即启动防汛三级应急响应，组织320余人抢险，转移群众1200余人，"
                        + "目前未发现人员伤亡，预计48小时内恢复通行。");
        page.locator("#urgency").selectOption("EXTRA_URGENT");
        page.locator("#label").selectOption("INTERNAL");
        page.locator("#signer").fill("王县长");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("01-unit-writes");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送单位负责人签发"))
                .click();
        assertThat(page.locator("main h1")).hasText(TITLE);
        assertThat(page.locator("main")).containsText("待签发");
        signOut(page);

        // 2. the unit head signs it off
        signIn(page, "desk.wenchuan.head", PASSWORD);
        approveTask(page, TITLE);
        screenshots.take("02-head-signed-off");
        signOut(page);

        // 3. the office editor sees the near-duplicate from another unit and merges both
        signIn(page, "desk.editor", PASSWORD);
        page.navigate("/admin/editions");
        page.locator("#new-journal").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("每日信息"));
        page.locator("#new-journal")
                .locator("xpath=..")
                .locator("button[type=submit]")
                .click();
        page.waitForURL(Pattern.compile("/admin/editions/\\d+$"));
        String edition = page.url().replaceAll(".*/admin/editions/(\\d+)$", "$1");
        page.locator("#securityLabel").selectOption("SENSITIVE");
        page.locator("form[action$='/describe'] button[type=submit]").click();
        assertThat(page.locator("main")).containsText("敏感");

        page.navigate("/admin/reporting/inbox");
        follow(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)));
        Locator duplicates = page.locator("main table tbody tr")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator("input[name=with]"))
                        .setHasNotText("汶川县"));
        assertThat(duplicates.first()).containsText("%");
        String otherUnit = duplicates.first().locator("td").nth(3).innerText().strip();
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("03-near-duplicate");
        duplicates.first().locator("input[name=with]").check();
        page.locator("#merge-title").fill(MERGED);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("综合采用"))
                .click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        if (!page.url().contains("/admin/reporting/adoptions/")) {
            follow(
                    page,
                    page.locator("main a[href*='/admin/reporting/adoptions/']").first());
        }
        assertThat(page.locator("main")).containsText("汶川县");
        assertThat(page.locator("main")).containsText(otherUnit);
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("04-merged-adoption");

        // 4. it goes into the edition, which is sent to the leader
        page.locator("#editionId").selectOption(edition);
        page.locator("#section").fill("防汛减灾");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("编入"))
                .click();
        page.navigate("/admin/editions/" + edition);
        assertThat(page.locator("main")).containsText(MERGED);
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("05-edition-compiled");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送签"))
                .click();
        signOut(page);

        // 5. the leader signs it off; the office releases it
        signIn(page, "story.leader", OWN);
        approveTask(page, null);
        screenshots.take("06-leader-signed-off");
        signOut(page);
        signIn(page, "desk.editor", PASSWORD);
        page.navigate("/admin/editions/" + edition);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("印发"))
                .click();
        assertThat(page.locator("main")).containsText("年第");
        signOut(page);

        // 6. the cleared reader finds, reads and downloads it
        signIn(page, "story.reader", OWN);
        page.navigate("/admin/editions");
        assertThat(page.locator("main a[href='/admin/editions/" + edition + "']"))
                .hasCount(1);
        page.navigate("/admin/editions/" + edition);
        assertThat(page.locator("main")).containsText(MERGED);
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("07-reader-reads");
        Download download =
                page.waitForDownload(() -> page.locator("main a[href$='/pdf']").click());
        Path pdf = screenshots.take("07b-before-download").resolveSibling("edition.pdf");
        download.saveAs(pdf);
        try (var document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("每日信息").contains(MERGED).contains(name("story.reader"));
        }
        Path firstPage = renderFirstPage(pdf);
        assertThat(redShare(firstPage))
                .as("share of red in the page's top quarter (the masthead)")
                .isGreaterThan(0.003);
        page.navigate("/admin/search?q=" + MERGED);
        assertThat(page.locator("main")).containsText("综合");
        String readerAfter = wenchuanFigures(page);
        assertThat(readerAfter).as("the 敏感 reader counts the new submission").isNotEqualTo(readerBefore);
        signOut(page);

        // 7. the 公开 reader finds it nowhere
        signIn(page, "story.low", OWN);
        page.navigate("/admin/editions");
        assertThat(page.locator("main a[href='/admin/editions/" + edition + "']"))
                .hasCount(0);
        assertThat(page.locator("main")).not().containsText(MERGED);
        page.navigate("/admin/reporting/inbox");
        assertThat(page.locator("main")).not().containsText(TITLE);
        var direct = page.navigate("/admin/editions/" + edition);
        assertThat(direct.status()).isIn(403, 404);
        assertThat(page.context()
                        .request()
                        .get("/admin/editions/" + edition + "/pdf")
                        .status())
                .isIn(403, 404);
        page.navigate("/admin/search?q=" + MERGED);
        assertThat(page.locator("main")).not().containsText(MERGED);
        assertThat(page.locator("main")).not().containsText(TITLE);
        screenshots.take("08-low-search");
        assertThat(page.context().request().get("/api/v1/editions/" + edition).status())
                .isIn(403, 404);
        assertThat(page.context().request().get("/api/v1/editions").text()).doesNotContain(MERGED);
        assertThat(wenchuanFigures(page))
                .as("the 公开 reader's statistics do not count it")
                .isEqualTo(lowBefore);
        screenshots.take("09-low-statistics");
    }

    /** The 汶川县 row of this month's statistics, as the signed-in user sees it, without its rank. */
    private static String wenchuanFigures(Page page) {
        page.navigate("/admin/statistics");
        Locator row = page.locator("main table tr").filter(new Locator.FilterOptions().setHasText("汶川县"));
        // the figures without the rank, which moves when other units' scores do
        return row.count() == 0
                ? ""
                : String.join(
                        "|",
                        row.first()
                                .locator("th, td")
                                .allInnerTexts()
                                .subList(1, row.first().locator("th, td").count()));
    }

    private static void approveTask(Page page, String title) {
        page.navigate("/admin/tasks");
        Locator link = title == null
                ? page.locator("main table a[href^='/admin/tasks/']").first()
                : page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title));
        follow(page, link);
        Accessibility.assertNoSeriousViolations(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("通过"))
                .click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** pdftoppm (Debian's poppler-utils) renders the first page; the test skips this part without it. */
    private static Path renderFirstPage(Path pdf) throws IOException, InterruptedException {
        Assumptions.assumeTrue(
                Files.isExecutable(Path.of("/usr/bin/pdftoppm")), "pdftoppm (poppler-utils) is not installed");
        Path prefix = pdf.resolveSibling("edition-page");
        Process render = new ProcessBuilder(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "80",
                        "-f",
                        "1",
                        "-l",
                        "1",
                        "-singlefile",
                        pdf.toString(),
                        prefix.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(render.exitValue()).isZero();
        return prefix.resolveSibling("edition-page.png");
    }

    private static double redShare(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        int red = 0;
        int all = 0;
        for (int y = 0; y < image.getHeight() / 4; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                all++;
                if (r > 150 && g < 90 && b < 90) {
                    red++;
                }
            }
        }
        return (double) red / all;
    }

    private static String name(String username) {
        return switch (username) {
            case "story.leader" -> "州政府分管领导";
            case "story.reader" -> "刊物读者甲";
            default -> "刊物读者乙";
        };
    }

    private long org(String code) {
        return organisations.all().stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long id(String username) {
        return ((CivitasUser) userDetails.loadUserByUsername(username)).id();
    }

    private boolean exists(String username) {
        try {
            userDetails.loadUserByUsername(username);
            return true;
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }

    private <T> T runAs(String username, Supplier<T> action) {
        var principal = (CivitasUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
