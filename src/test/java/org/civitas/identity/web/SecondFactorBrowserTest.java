package org.civitas.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.civitas.identity.trusted.OperatorCommands;
import org.civitas.support.TotpCodes;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.ConsoleSignIn;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator in Chromium: sets up an authenticator app from the QR page (reading the key as a
 * screen-reader user would), keeps the recovery codes, then signs in with a code, with a recovery code,
 * and mistypes a code, which counts toward the lockout. The second step's pages pass the accessibility rules.
 * With a new phone, another administrator replaces the authenticator from the account page.
 */
@BrowserTesting
class SecondFactorBrowserTest {

    private static final String USERNAME = "tf.browser";
    private static final String PASSWORD = "Browser#Totp-2026";

    @Autowired
    OperatorCommands operator;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorEnrolsAndSignsInWithACodeAndARecoveryCode(Page page, Screenshots screenshots) {
        operator.createAdmin(USERNAME, "双因素管理员", PASSWORD);
        jdbc.update("update app_user set must_change_password = false where username = ?", USERNAME);

        password(page);
        assertThat(page).hasURL(Pattern.compile("/login/enrol$"));
        assertThat(page.getByAltText("用于添加到身份验证器应用的二维码（内容与下方密钥相同）")).isVisible();
        assertThat((Integer) page.evaluate("() => document.querySelector('img.qr-code').naturalWidth"))
                .isPositive();
        screenshots.take("1-enrol-qr-code");
        Accessibility.assertNoSeriousViolations(page);
        String secret = page.locator("#secret").textContent().replace(" ", "");

        page.getByLabel("动态验证码").fill("000000");
        button(page, "确认并登录");
        assertThat(page.locator("#code-error")).containsText("验证码不正确");
        Accessibility.assertNoSeriousViolations(page);
        long enrolStep = TotpCodes.step(Instant.now());
        page.getByLabel("动态验证码").fill(TotpCodes.code(secret, enrolStep));
        button(page, "确认并登录");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("恢复码")))
                .isVisible();
        List<String> recoveryCodes = page.locator("#recovery-codes li").allTextContents();
        assertThat(recoveryCodes).hasSize(10);
        screenshots.take("2-recovery-codes-shown-once");
        Accessibility.assertNoSeriousViolations(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我已保存恢复码，进入控制台"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/admin$"));
        ConsoleSignIn.signOut(page);

        password(page);
        assertThat(page).hasURL(Pattern.compile("/login/second-factor$"));
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("3-code-page");
        page.getByLabel("动态验证码").fill(TotpCodes.code(secret, enrolStep + 1));
        button(page, "验证并登录");
        assertThat(page).hasURL(Pattern.compile("/admin$"));
        ConsoleSignIn.signOut(page);

        password(page);
        page.getByLabel("动态验证码").fill(recoveryCodes.getFirst());
        button(page, "验证并登录");
        assertThat(page).hasURL(Pattern.compile("/admin$"));
        ConsoleSignIn.signOut(page);

        password(page);
        page.getByLabel("动态验证码").fill(recoveryCodes.getFirst());
        button(page, "验证并登录");
        assertThat(page.locator("#code-error")).containsText("验证码不正确或已使用过");
        assertThat(page.getByLabel("动态验证码")).hasAttribute("aria-invalid", "true");
        screenshots.take("4-used-recovery-code-refused");
        Accessibility.assertNoSeriousViolations(page);
        assertThat(jdbc.queryForObject(
                        "select failed_attempts from app_user where username = ?", Integer.class, USERNAME))
                .isEqualTo(1);
    }

    @Test
    void aNewPhoneReplacesTheAuthenticatorFromTheAccountPage(Page page, Screenshots screenshots) {
        String username = "tf.browser.swap";
        operator.createAdmin(username, "换手机的管理员", PASSWORD);
        jdbc.update("update app_user set must_change_password = false where username = ?", username);
        password(page, username);
        String old = page.locator("#secret").textContent().replace(" ", "");
        page.getByLabel("动态验证码").fill(TotpCodes.now(old));
        button(page, "确认并登录");
        List<String> oldCodes = page.locator("#recovery-codes li").allTextContents();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我已保存恢复码，进入控制台"))
                .click();

        page.navigate("/admin/profile");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("更换身份验证器"))
                .click();
        Accessibility.assertNoViolations(page);
        // the old phone is gone: the password and a recovery code
        page.getByLabel("当前密码").fill(PASSWORD);
        page.getByLabel("当前身份验证器中的验证码或恢复码").fill(oldCodes.getFirst());
        button(page, "下一步");
        assertThat(page.getByAltText("用于添加到身份验证器应用的二维码（内容与下方密钥相同）")).isVisible();
        screenshots.take("5-replace-authenticator-qr-code");
        Accessibility.assertNoViolations(page);
        String fresh = page.locator("#secret").textContent().replace(" ", "");
        assertThat(fresh).isNotEqualTo(old);
        page.getByLabel("新身份验证器中显示的验证码").fill(TotpCodes.now(fresh));
        button(page, "确认更换");
        assertThat(page.locator(".alert-success")).containsText("身份验证器已更换");
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        screenshots.take("6-replaced-new-recovery-codes");
        Accessibility.assertNoViolations(page);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where action = 'user:replace-second-factor' and actor = ?",
                        Integer.class,
                        username))
                .isEqualTo(1);
    }

    private static void password(Page page) {
        password(page, USERNAME);
    }

    private static void password(Page page, String username) {
        page.navigate("/login");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(PASSWORD);
        button(page, "登录");
        page.waitForURL(Pattern.compile("/login/(enrol|second-factor)$"));
    }

    private static void button(Page page, String name) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }
}
