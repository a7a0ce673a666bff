package org.civitas.support.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.civitas.support.TotpCodes;

/**
 * The phone's authenticator app for browser tests: on the enrolment page it reads the key (the text meant
 * for screen-reader users) and remembers it per application and username; on the code page it types the
 * current code. A code is accepted once, so a second sign-in within the same 30 seconds uses the next
 * step's code (the server allows one step of clock drift) or waits for it.
 */
public final class AuthenticatorApp {

    private static final Map<String, Account> ACCOUNTS = new ConcurrentHashMap<>();

    private AuthenticatorApp() {}

    /** After a right password: enrols or types a code when the console asks for a second factor, else nothing. */
    public static void passSecondStep(Page page, String username) {
        URI url = URI.create(page.url());
        String key = url.getScheme() + "://" + url.getAuthority() + " " + username;
        if (url.getPath().equals("/login/enrol")) {
            Account account = new Account(page.locator("#secret").textContent().replace(" ", ""));
            ACCOUNTS.put(key, account);
            page.getByLabel("动态验证码").fill(account.nextCode());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认并登录"))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我已保存恢复码，进入控制台"))
                    .click();
        } else if (url.getPath().equals("/login/second-factor")) {
            Account account = ACCOUNTS.get(key);
            if (account == null) {
                throw new IllegalStateException(username + " has an authenticator these tests did not enrol");
            }
            page.getByLabel("动态验证码").fill(account.nextCode());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("验证并登录"))
                    .click();
        }
    }

    /** The secret of an account enrolled through {@link #passSecondStep}, for tests that type codes themselves. */
    public static String secret(Page page, String username) {
        URI url = URI.create(page.url());
        return ACCOUNTS.get(url.getScheme() + "://" + url.getAuthority() + " " + username).secret;
    }

    /** Counts a step used outside this helper (a test typing a code itself), so the next code is fresh. */
    public static void used(Page page, String username, long step) {
        URI url = URI.create(page.url());
        Account account = ACCOUNTS.get(url.getScheme() + "://" + url.getAuthority() + " " + username);
        synchronized (account) {
            account.lastStep = Math.max(account.lastStep, step);
        }
    }

    private static final class Account {
        private final String secret;
        private long lastStep = Long.MIN_VALUE;

        Account(String secret) {
            this.secret = secret;
        }

        synchronized String nextCode() {
            long now = TotpCodes.step(Instant.now());
            long step = Math.max(now, lastStep + 1);
            while (step > TotpCodes.step(Instant.now()) + 1) {
                sleep();
            }
            lastStep = step;
            return TotpCodes.code(secret, step);
        }

        private static void sleep() {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
