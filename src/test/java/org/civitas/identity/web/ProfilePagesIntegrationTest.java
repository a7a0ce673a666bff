package org.civitas.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.civitas.identity.TokenService;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

@DatabaseTest
class ProfilePagesIntegrationTest extends ConsoleTestSupport {

    @Autowired
    TokenService tokens;

    @Test
    void showsMyAccountWithRolesAndPermissions() throws Exception {
        mvc.perform(get("/admin/profile").with(as("wenchuan.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("汶川县单位管理员")))
                .andExpect(content().string(containsString("汶川县人民政府")))
                .andExpect(content().string(containsString("单位管理员")))
                .andExpect(content().string(containsString("本单位及下级 · 汶川县人民政府")))
                .andExpect(content().string(containsString("管理用户")))
                .andExpect(content().string(containsString("公开")));
    }

    @Test
    void aWeakNewPasswordIsRefusedOnItsFieldAndNoPasswordIsEchoed() throws Exception {
        String username = unique("weak.");
        createUser(username, "aba-transport");
        mvc.perform(post("/admin/profile/password")
                        .with(as(username))
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "short1A")
                        .param("confirmPassword", "short1A"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("密码至少需要 10 个字符。")))
                .andExpect(content().string(containsString("aria-describedby=\"newPassword-help newPassword-error\"")))
                .andExpect(content().string(not(containsString("short1A"))))
                .andExpect(content().string(not(containsString(PASSWORD))));
        // nothing changed: the old password still signs in
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
                        .user(username)
                        .password(PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/profile/password"));
    }

    @Test
    void differingNewPasswordsAndAWrongCurrentPasswordAreShownOnTheirFields() throws Exception {
        String username = unique("typo.");
        createUser(username, "aba-transport");
        mvc.perform(post("/admin/profile/password")
                        .with(as(username))
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "Another#Strong-2027")
                        .param("confirmPassword", "Another#Strong-2028"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("两次输入的新密码不一致。")))
                .andExpect(content().string(containsString("aria-describedby=\"confirmPassword-error\"")));
        mvc.perform(post("/admin/profile/password")
                        .with(as(username))
                        .with(csrf())
                        .param("currentPassword", "Wrong#Password-1")
                        .param("newPassword", "Another#Strong-2027")
                        .param("confirmPassword", "Another#Strong-2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("当前密码不正确。")));
    }

    @Test
    void issuesAndRevokesMyOwnToken() throws Exception {
        String username = unique("tok.");
        createActiveUser(username, "aba-market");
        MvcResult issued = mvc.perform(post("/admin/profile/tokens")
                        .with(as(username))
                        .with(csrf())
                        .param("name", "我的脚本")
                        .param("days", "7"))
                .andExpect(redirectedUrl("/admin/profile"))
                .andExpect(flash().attribute("flash", "token.issued"))
                .andReturn();
        String secret = (String) issued.getFlashMap().get("issuedSecret");
        mvc.perform(get("/admin/profile").with(as(username)).flashAttrs(issued.getFlashMap()))
                .andExpect(content().string(containsString(secret)))
                .andExpect(content().string(containsString("我的脚本")));
        mvc.perform(get("/admin/profile").with(as(username)))
                .andExpect(content().string(not(containsString(secret))))
                .andExpect(content().string(not(containsString("只显示这一次"))));

        long tokenId = runAs(username, () -> tokens.mine().getFirst().id());
        mvc.perform(post("/admin/profile/tokens/{id}/revoke", tokenId)
                        .with(as(username))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/profile"));
        assertThat(runAs(username, () -> tokens.mine().getFirst().usable())).isFalse();

        mvc.perform(post("/admin/profile/tokens")
                        .with(as(username))
                        .with(csrf())
                        .param("name", "")
                        .param("days", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-describedby=\"tokenName-help tokenName-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"tokenDays-error\"")));
    }

    @Test
    void someoneElsesTokenIsNotFound() throws Exception {
        String owner = unique("own.");
        createUser(owner, "aba-market");
        long tokenId = runAs(owner, () -> tokens.issueForSelf("x", 5).token().id());
        mvc.perform(post("/admin/profile/tokens/{id}/revoke", tokenId)
                        .with(as("auditor"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }
}
