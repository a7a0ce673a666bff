package org.civitas.workflow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.mockito.BDDMockito.given;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.DataScope;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.RoleDraft;
import org.civitas.identity.RoleService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.identity.trusted.UserDirectory;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.ConsoleSignIn;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The workflow console in a browser, signed in through the login form: define a chain, find the
 * resulting task in the inbox, decide it, read the history; every page passes the accessibility rules.
 */
@BrowserTesting
class WorkflowConsoleBrowserTest {

    static final String PASSWORD = CivitasIntegrationTest.ADMIN_PASSWORD;

    @MockitoBean
    UserDirectory directory;

    @MockitoBean
    OrganisationDirectory organisations;

    @Autowired
    RoleService roles;

    @Autowired
    UserDetailsService users;

    @Autowired
    ReviewService reviews;

    @AfterEach
    void signOut() {
        WorkflowTestUsers.signOut();
    }

    @Test
    void defineAChainThenDecideTheTaskItMakes(Page page, Screenshots screenshots) {
        WorkflowTestUsers.stub(directory, organisations);
        given(directory.workflowGroups("admin")).willReturn(Set.of("role:editor", "role:editor@org:5"));
        given(organisations.all())
                .willReturn(List.of(
                        new OrganisationView(5L, null, "阿坝州人民政府", "aba", "GOVERNMENT", "/5/", 0, 0),
                        new OrganisationView(6L, 5L, "州政府办公室", "office", "OFFICE", "/5/6/", 1, 0)));
        grantAdminTheChainPermissions();
        String code = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

        ConsoleSignIn.signIn(page, "admin", PASSWORD);

        page.navigate("/admin/review-chains");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建审核链"))
                .click();
        field(page, "代码").fill(code);
        field(page, "步骤名称").fill("编辑初审");
        field(page, "角色代码").fill("editor");
        field(page, "范围").selectOption("ORGANISATION");
        save(page);
        assertThat(page.getByText("请填写名称。")).isVisible();
        assertThat(field(page, "角色代码")).hasValue("editor");
        screenshots.take("chain-form-refused");
        Accessibility.assertNoSeriousViolations(page);

        field(page, "名称").fill("浏览器中定义的审核链");
        field(page, "单位").selectOption("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("添加步骤"))
                .click();
        field(page, "步骤名称").nth(1).fill("领导签发");
        field(page, "角色代码").nth(1).fill("chief");
        save(page);
        assertThat(page).hasURL(Pattern.compile("/admin/review-chains$"));
        assertThat(page.getByText("审核链已保存。")).isVisible();
        assertThat(page.getByText("浏览器中定义的审核链")).isVisible();
        screenshots.take("chain-list");
        Accessibility.assertNoSeriousViolations(page);

        var subject = new ReviewSubject("test.document", UUID.randomUUID().toString(), "关于汛期安全的通知", "author", 5L);
        WorkflowTestUsers.signIn("author");
        reviews.start(code, subject);

        page.navigate("/admin/tasks");
        assertThat(page.getByText("第 1/2 步：编辑初审")).isVisible();
        screenshots.take("inbox");
        Accessibility.assertNoSeriousViolations(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(subject.title()))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("办理：" + subject.title())))
                .isVisible();
        screenshots.take("task");
        Accessibility.assertNoSeriousViolations(page);

        page.getByLabel("审核意见（可选）").fill("同意，请领导签发");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("通过").setExact(true))
                .click();
        assertThat(page.getByText("已审核通过。")).isVisible();
        assertThat(page.getByText("暂无待办任务。")).isVisible();

        page.navigate("/admin/tasks/history?type=" + subject.type() + "&id=" + subject.id());
        assertThat(page.getByText("同意，请领导签发")).isVisible();
        assertThat(page.getByText("等待 角色 chief 办理")).isVisible();
        screenshots.take("history");
        Accessibility.assertNoSeriousViolations(page);
    }

    private static com.microsoft.playwright.Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static void save(Page page) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("保存").setExact(true))
                .click();
    }

    /** The security administrator gives {@code admin} a role with the chain permissions (a system duty). */
    private void grantAdminTheChainPermissions() {
        signIn("secadmin");
        var role = roles.create(new RoleDraft(
                "WORKFLOW_ADMIN",
                "审核链管理",
                null,
                Set.of(WorkflowPermissions.CHAIN_READ, WorkflowPermissions.CHAIN_WRITE)));
        var admin = (CivitasUser) users.loadUserByUsername("admin");
        roles.grant(admin.id(), role.id(), DataScope.ALL, admin.organisationId());
        WorkflowTestUsers.signOut();
    }

    private void signIn(String username) {
        var user = (CivitasUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
