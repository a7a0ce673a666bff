package org.civitas.publishing.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.civitas.publishing.internal.ThemeInstallation;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.ConsoleSignIn;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The security administrator's theme approvals in a real browser, held to every axe-core rule: the page
 * with nothing waiting, and with a package whose SVG made it wait, then approved.
 */
@BrowserTesting
class ThemeApprovalBrowserTest {

    static final String PASSWORD = CivitasIntegrationTest.ADMIN_PASSWORD;

    @Autowired
    ThemeInstallation installation;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void theSecurityAdministratorReadsTheWaitingPackagesAndApprovesOne(Page page, Screenshots screenshots)
            throws Exception {
        ConsoleSignIn.signIn(page, "secadmin", PASSWORD);
        page.navigate("/admin/theme-approvals");
        assertThat(page.locator("main [role=status]")).isVisible();
        Accessibility.assertNoViolations(page);
        screenshots.take("1-nothing-waiting");

        submit("browser-pending");
        page.navigate("/admin/theme-approvals");
        assertThat(page.locator("main")).containsText("browser-pending");
        assertThat(page.locator("main")).containsText("assets/img/logo.svg");
        Accessibility.assertNoViolations(page);
        screenshots.take("2-waiting");

        page.locator("form[action$='/browser-pending/approve'] button").click();
        page.waitForURL("**/admin/theme-approvals");
        assertThat(page.locator("main")).not().containsText("assets/img/logo.svg");
        Accessibility.assertNoViolations(page);
        screenshots.take("3-approved");
    }

    /** Uploads, as the cluster administrator would, the default theme with an SVG added: it waits for approval. */
    private void submit(String name) throws Exception {
        var principal = userDetails.loadUserByUsername("admin");
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(security);
        try {
            var outcome = installation.install(name, themePackage(), 50L * 1024 * 1024);
            org.assertj.core.api.Assertions.assertThat(outcome.pending()).isTrue();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static byte[] themePackage() throws Exception {
        Path root = Path.of(ThemeApprovalBrowserTest.class
                .getClassLoader()
                .getResource("themes/default")
                .toURI());
        var files = new TreeMap<String, byte[]>();
        try (var walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        files.put(
                "assets/img/logo.svg",
                "<svg xmlns='http://www.w3.org/2000/svg'><circle r='4'/></svg>".getBytes(StandardCharsets.UTF_8));
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
