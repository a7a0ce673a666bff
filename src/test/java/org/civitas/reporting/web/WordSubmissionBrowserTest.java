package org.civitas.reporting.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.civitas.reporting.WordFixtures;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.ConsoleSignIn;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * A unit writer starts a submission, imports a Word document with a picture (the editor fills, what
 * was typed stays, the empty title takes the document's), attaches two files and removes one, and
 * saves; the saved page shows the picture and links the attachment.
 */
@BrowserTesting
class WordSubmissionBrowserTest {

    static final String PASSWORD = CivitasIntegrationTest.ADMIN_PASSWORD;

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void aUnitImportsAWordDocumentAttachesAFileAndSaves(Page page, Screenshots screenshots) {
        signIn(page, "desk.wenchuan");
        page.navigate("/admin/reporting/submissions/new");
        page.locator(".note-editable").click();
        page.keyboard().type("编者按：以下为县应急局报送材料。");

        page.getByLabel("从 Word 文档导入正文")
                .setInputFiles(new FilePayload("汶川县冬季取暖安全检查.docx", DOCX, WordFixtures.report("汶川县冬季取暖安全检查情况")));
        assertThat(page.locator("#word-status")).containsText("已导入 Word 文档（1 张图片）");
        assertThat(page.locator("#title")).hasValue("汶川县冬季取暖安全检查情况");
        var editor = page.locator(".note-editable");
        assertThat(editor).containsText("编者按：以下为县应急局报送材料。");
        assertThat(editor).containsText("全县共排查隐患12处");
        assertThat(editor.locator("strong")).containsText("12处");
        assertThat(editor.locator("table td").nth(2)).hasText("威州镇");
        var picture = editor.locator("img");
        assertThat(picture).hasCount(1);
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", picture.elementHandle());

        page.getByLabel("添加附件").setInputFiles(new FilePayload[] {
            new FilePayload("隐患清单.txt", "text/plain", "威州镇 5 处\n映秀镇 7 处".getBytes(StandardCharsets.UTF_8)),
            new FilePayload("草稿.txt", "text/plain", "不要了".getBytes(StandardCharsets.UTF_8))
        });
        var attachments = page.locator("#attachment-list li");
        assertThat(attachments).hasCount(2);
        assertThat(attachments.first()).containsText("隐患清单.txt");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("移除附件 草稿.txt"))
                .click();
        assertThat(attachments).hasCount(1);
        page.locator("#signer").fill("王县长");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("1-imported");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿"))
                .click();
        assertThat(page.locator("main h1")).hasText("汶川县冬季取暖安全检查情况");
        var body = page.locator(".submission-body").first();
        assertThat(body).containsText("全县共排查隐患12处");
        page.waitForFunction(
                "img => img.complete && img.naturalWidth > 0",
                body.locator("img").elementHandle());
        var link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("隐患清单.txt"));
        assertThat(link).isVisible();
        assertThat(page.locator("main")).not().containsText("草稿.txt");
        var download = page.request().get(link.getAttribute("href"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.text()).contains("映秀镇 7 处");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("2-saved");
    }

    private static void signIn(Page page, String username) {
        ConsoleSignIn.signIn(page, username, PASSWORD);
    }
}
