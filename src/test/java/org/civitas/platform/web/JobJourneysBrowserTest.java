package org.civitas.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.support.browser.ConsoleSignIn.follow;
import static org.civitas.support.browser.ConsoleSignIn.signIn;
import static org.civitas.support.browser.ConsoleSignIn.signOut;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.reporting.WordFixtures;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * The jobs of issue 11 that other browser tests do not walk, each as its demo account on a fresh demo installation,
 * through the console only (services are used to read results): the information desk from a Word file to a signed
 * off edition's PDF and a leader's instruction, and the administrators (county, security, system, auditor). Every
 * account passes its first sign-in (new password; the administrators enrol an authenticator). Shares the journal
 * browser test's application (same configuration).
 */
@BrowserTesting
// an application of its own: the journey follows one edition through the office head's inbox and its number
// (年第3期), which editions that other browser tests send and release in the shared application would change
@TestPropertySource(properties = "civitas.test.application=job-journeys")
class JobJourneysBrowserTest {

    /** The journal browser test's, so that all share one application. */
    static final String PASSWORD = CivitasIntegrationTest.ADMIN_PASSWORD;

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String TITLE = "汶川县开展冬季森林草原防灭火专项检查";

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    OrganisationDirectory organisations;

    @Test
    void theDeskTurnsAWordFileIntoASignedOffEditionAndTheLeaderInstructs(Page page, Screenshots screenshots)
            throws Exception {
        // 1. the unit writer imports a Word file (a list and a table) and sends it to the unit head
        signIn(page, "desk.wenchuan", PASSWORD);
        page.navigate("/admin/reporting/submissions/new");
        page.getByLabel("从 Word 文档导入正文")
                .setInputFiles(new FilePayload(TITLE + ".docx", DOCX, WordFixtures.report(TITLE)));
        assertThat(page.locator("#word-status")).containsText("已导入 Word 文档");
        assertThat(page.locator("#title")).hasValue(TITLE);
        Locator editor = page.locator(".note-editable");
        assertThat(editor.locator("li").first()).isVisible();
        assertThat(editor.locator("table td").nth(2)).hasText("威州镇");
        page.locator("#signer").fill("王县长");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("desk-1-word-imported");
        button(page, "送单位负责人签发").click();
        assertThat(page.locator("main h1")).hasText(TITLE);
        assertThat(page.locator("main")).containsText("待签发");
        String submission = path(page);
        screenshots.take("desk-2-sent");
        signOut(page);

        // 2. the unit head signs it off on the submission's page
        signIn(page, "desk.wenchuan.head", PASSWORD);
        page.navigate(submission);
        assertThat(page.locator("#sign-off")).isVisible();
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("desk-3-head-signs-off");
        page.locator("#sign-off")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("签发").setExact(true))
                .click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("main")).containsText("已签发");
        signOut(page);

        // 3. the office editor adopts it, compiles a new 每日信息 edition and sends it for sign-off
        signIn(page, "desk.editor", PASSWORD);
        page.navigate("/admin/reporting/inbox");
        follow(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)));
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("desk-4-office-reads");
        button(page, "采用").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        follow(page, page.locator("main a[href*='/admin/reporting/adoptions/']").first());
        String adoption = path(page);

        page.navigate("/admin/editions");
        page.locator("#new-journal").selectOption(new SelectOption().setLabel("每日信息"));
        page.locator("#new-journal")
                .locator("xpath=..")
                .locator("button[type=submit]")
                .click();
        page.waitForURL(Pattern.compile("/admin/editions/\\d+$"));
        String edition = path(page);

        page.navigate(adoption);
        page.locator("#editionId").selectOption(edition.substring(edition.lastIndexOf('/') + 1));
        page.locator("#section").fill("防灾减灾");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("desk-5-adoption");
        button(page, "编入").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.navigate(edition);
        assertThat(page.locator("main")).containsText(TITLE);
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("desk-6-edition-compiled");
        button(page, "送签").click();
        assertThat(page.locator("main")).containsText("送签中");
        signOut(page);

        // 4. the office head signs it off from the task, seeing its contents
        signIn(page, "desk.head", PASSWORD);
        // every edition task, newest first (other tests sharing the application send editions too)
        page.navigate("/admin/tasks?kind=edition");
        Locator tasks = page.locator("main td a[href^='/admin/tasks/']");
        boolean found = false;
        for (int i = 0; i < tasks.count() && !found; i++) {
            page.navigate("/admin/tasks?kind=edition");
            follow(page, tasks.nth(i));
            found = page.locator("main").innerText().contains(TITLE);
        }
        assertThat(found).as("the office head's task shows the adopted item").isTrue();
        // who may sign is named in Chinese, not by the English name the demo stored for the role
        assertThat(page.locator("main")).containsText("刊物签发人");
        assertThat(page.locator("main")).not().containsText("Journal signer");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("desk-7-head-task");
        button(page, "通过").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("main .alert-danger")).hasCount(0);
        signOut(page);

        // 5. the office releases it when that is still to do, and the PDF carries the item
        signIn(page, "desk.editor", PASSWORD);
        page.navigate(edition);
        assertThat(page.locator("main")).containsText("年第");
        Locator release = button(page, "印发");
        if (release.count() > 0) {
            release.click();
            page.waitForLoadState(LoadState.NETWORKIDLE);
        }
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("desk-8-edition-issued");
        Download download = page.waitForDownload(
                () -> page.locator("main a[href$='/pdf']").first().click());
        Path pdf = screenshots.directory().resolve("edition.pdf");
        download.saveAs(pdf);
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("每日信息").contains(TITLE);
        }
        signOut(page);

        // 6. the leader gives an instruction on the adopted item
        signIn(page, "leader", PASSWORD);
        page.navigate(adoption);
        assertThat(page.locator("main")).containsText(TITLE);
        follow(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("记录领导批示")));
        if (page.locator("#leaderName").inputValue().isBlank()) {
            page.locator("#leaderName").fill("州政府分管领导");
        }
        if (page.locator("#instructedOn").inputValue().isBlank()) {
            page.locator("#instructedOn").fill(LocalDate.now().toString());
        }
        page.locator("#text").fill("请应急管理局督促各县落实防火责任，确保不发生重大火情。");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("desk-9-leader-instructs");
        page.locator("main form button[type=submit]").last().click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("main")).containsText("请应急管理局督促各县落实防火责任");
        assertThat(page.locator("main .is-invalid")).hasCount(0);
        // who recorded it is named as people know them, not by the account name
        assertThat(page.locator("main dt:has-text('录入人') + dd")).hasText("州政府分管领导");
        screenshots.take("desk-10-instruction-recorded");
        signOut(page);
    }

    @Test
    void theAdministratorsDoTheirDutiesAndTheAuditorSeesThem(Page page, Screenshots screenshots) {
        // 1. the security administrator marks the web editor's role delegable and changes the lockout
        signIn(page, "secadmin", PASSWORD);
        page.navigate("/admin/roles");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("admin-1-roles");
        follow(page, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("编辑 网站编辑")));
        page.locator("#roleDelegable").check();
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("admin-2-delegable");
        button(page, "保存委派设置").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("#roleDelegable")).isChecked();
        page.navigate("/admin/password-policy");
        page.locator("#lockoutMinutes").fill("20");
        page.locator("main form button[type=submit]").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("#lockoutMinutes")).hasValue("20");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("admin-3-password-policy");
        signOut(page);

        // 2. the county administrator creates a user, resets its password, grants the delegable role
        signIn(page, "wenchuan.admin", PASSWORD);
        page.navigate("/admin/users/new");
        page.locator("#username").fill("wenchuan.clerk");
        page.locator("#displayName").fill("汶川县网站编辑李明");
        page.locator("#organisationId").selectOption(String.valueOf(org("wenchuan")));
        page.locator("#initialPassword").fill("Clerk#Initial-2026");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("county-1-new-user");
        page.locator("main form button[type=submit]").click();
        page.waitForURL(Pattern.compile("/admin/users/\\d+$"));
        assertThat(page.locator("main")).containsText("用户已创建");
        assertThat(page.locator("main")).containsText("汶川县网站编辑李明");
        button(page, "重置密码").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("main")).containsText("密码已重置");
        screenshots.take("county-2-password-reset");
        page.locator("#roleId").selectOption(new SelectOption().setLabel("网站编辑"));
        Accessibility.assertNoSeriousViolations(page);
        button(page, "授予").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("#grants")).containsText("网站编辑");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("county-3-role-granted");

        // an account outside the county: refused, with the reason and a way back
        var outside = page.navigate("/admin/users/" + id("portal.editor"));
        assertThat(outside.status()).isIn(403, 404);
        assertThat(page.locator("main")).containsText("未找到用户（" + id("portal.editor") + "），或您无权查看。");
        assertThat(page.locator("main a[href='/admin']")).hasCount(1);
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("county-4-outside-refused");
        follow(page, page.locator("main a[href='/admin']"));
        signOut(page);

        // 3. the system administrator adds an organisation under 汶川县
        signIn(page, "admin", PASSWORD);
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("system-1-home");
        page.navigate("/admin/organisations/new");
        page.locator("#name").fill("汶川县水务局");
        page.locator("#code").fill("wenchuan-water");
        page.locator("#kind").selectOption("DEPARTMENT");
        page.locator("#parentId").selectOption(String.valueOf(org("wenchuan")));
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("system-2-new-organisation");
        page.locator("main form button[type=submit]").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("main .is-invalid")).hasCount(0);
        page.navigate("/admin/organisations");
        assertThat(page.locator("main")).containsText("汶川县水务局");
        signOut(page);

        // 4. the auditor finds all of it in the trail, named in Chinese
        signIn(page, "auditor", PASSWORD);
        page.navigate("/admin/audit");
        Locator trail = page.locator("main table");
        assertThat(trail).containsText("新建用户");
        assertThat(trail).containsText("重置密码");
        assertThat(trail).containsText("授予角色");
        Accessibility.assertNoSeriousViolations(page);
        assertThat(trail).containsText("新建单位");
        assertThat(trail).containsText("修改密码策略");
        assertThat(trail).containsText("设置角色可否委托授予");
        screenshots.take("audit-1-trail");
        page.locator("#actor").fill("wenchuan.admin");
        page.locator("main form[method=get] button[type=submit]").click();
        page.waitForURL(Pattern.compile("actor=wenchuan.admin"));
        assertThat(trail).containsText("新建用户");
        assertThat(trail).not().containsText("新建单位");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("audit-2-county-admin");
        signOut(page);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static String path(Page page) {
        return java.net.URI.create(page.url()).getPath();
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
}
