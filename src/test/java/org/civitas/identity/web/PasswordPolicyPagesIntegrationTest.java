package org.civitas.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.civitas.identity.PasswordPolicy;
import org.civitas.identity.PasswordPolicyService;
import org.civitas.platform.DomainException;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@DatabaseTest
class PasswordPolicyPagesIntegrationTest extends ConsoleTestSupport {

    @Autowired
    PasswordPolicyService policies;

    private static MockHttpServletRequestBuilder submit(PasswordPolicy p) {
        return submit(p, String.valueOf(p.minLength()), String.valueOf(p.lockoutMinutes()));
    }

    private static MockHttpServletRequestBuilder submit(PasswordPolicy p, String minLength, String lockoutMinutes) {
        return post("/admin/password-policy")
                .param("minLength", minLength)
                .param("minClasses", String.valueOf(p.minClasses()))
                .param("historySize", String.valueOf(p.historySize()))
                .param("maxFailures", String.valueOf(p.maxFailures()))
                .param("lockoutMinutes", lockoutMinutes)
                .param("idleTimeoutMinutes", String.valueOf(p.idleTimeoutMinutes()))
                .param("maxAgeDays", String.valueOf(p.maxAgeDays()));
    }

    @Test
    void onlyTheSecurityAdministratorOpensThePolicy() throws Exception {
        mvc.perform(get("/admin/password-policy").with(as("secadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("最小长度")))
                .andExpect(content().string(containsString("id=\"minLength\"")));
        mvc.perform(get("/admin/password-policy").with(as("admin"))).andExpect(status().isForbidden());
        mvc.perform(submit(policies.current()).with(as("admin")).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void outOfRangeAndEmptyValuesAreShownOnTheirFieldsAndNothingChanges() throws Exception {
        PasswordPolicy before = policies.current();
        mvc.perform(submit(before, "7", "").with(as("secadmin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-describedby=\"minLength-help minLength-error\"")))
                .andExpect(content()
                        .string(containsString("aria-describedby=\"lockoutMinutes-help lockoutMinutes-error\"")))
                .andExpect(content().string(containsString("请输入整数。")))
                .andExpect(content().string(containsString("value=\"7\"")))
                .andExpect(content()
                        .string(containsString(
                                "name=\"idleTimeoutMinutes\" value=\"" + before.idleTimeoutMinutes() + "\"")));
        assertThat(policies.current()).isEqualTo(before);
    }

    @Test
    void thePolicyHasFloorsNoLockoutOffNoHistoryOffAndAShortIdleTimeout() throws Exception {
        PasswordPolicy before = policies.current();
        var weak = new PasswordPolicy(8, 1, 0, 0, before.lockoutMinutes(), 31, before.maxAgeDays());
        mvc.perform(submit(weak).with(as("secadmin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("锁定前允许的失败次数须为 1 到 10 之间的整数：不能关闭账号锁定。")))
                .andExpect(content().string(containsString("历史密码须为 1 到 24 之间的整数")))
                .andExpect(content().string(containsString("字符类别须为 2 到 4 之间的整数。")))
                .andExpect(content().string(containsString("空闲超时须为 1 到 30 分钟之间的整数。")));
        mvc.perform(submit(weak).param("lang", "en").with(as("secadmin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("locking cannot be turned off")));
        var tooMany = new PasswordPolicy(
                before.minLength(), before.minClasses(), before.historySize(), 11, 1, 30, before.maxAgeDays());
        mvc.perform(submit(tooMany).with(as("secadmin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-describedby=\"maxFailures-help maxFailures-error\"")));
        assertThat(policies.current()).isEqualTo(before);

        // the service keeps the floors for any other caller too
        assertThatThrownBy(() -> runAs("secadmin", () -> policies.update(weak)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isNotNull());
        assertThat(policies.current()).isEqualTo(before);
    }

    @Test
    void aStricterPolicyAppliesToTheNextPasswordChange() throws Exception {
        PasswordPolicy before = policies.current();
        String username = unique("strict.");
        createUser(username, "aba-police");
        try {
            var stricter = new PasswordPolicy(
                    20,
                    before.minClasses(),
                    before.historySize(),
                    before.maxFailures(),
                    before.lockoutMinutes(),
                    before.idleTimeoutMinutes(),
                    before.maxAgeDays());
            mvc.perform(submit(stricter).with(as("secadmin")).with(csrf()))
                    .andExpect(redirectedUrl("/admin/password-policy"));
            assertThat(policies.current().minLength()).isEqualTo(20);
            mvc.perform(get("/admin/password-policy").with(as("secadmin")))
                    .andExpect(content().string(containsString("value=\"20\"")));

            mvc.perform(post("/admin/profile/password")
                            .with(as(username))
                            .with(csrf())
                            .param("currentPassword", PASSWORD)
                            .param("newPassword", "Sixteen#Chars-16")
                            .param("confirmPassword", "Sixteen#Chars-16"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("密码至少需要 20 个字符。")))
                    .andExpect(content().string(containsString("至少 20 个字符")));
        } finally {
            runAs("secadmin", () -> policies.update(before));
        }
    }
}
