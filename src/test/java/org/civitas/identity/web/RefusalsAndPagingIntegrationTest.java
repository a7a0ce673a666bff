package org.civitas.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.civitas.identity.IdentityPermissions;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 10: every refusal of a console page, form or API call is in the audit trail exactly once, with who,
 * the request and why, wherever it was decided; and bad paging values answer 400 with a message, never 500.
 */
@DatabaseTest
class RefusalsAndPagingIntegrationTest extends ConsoleTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPageThatChecksThePermissionInCodeRecordsItsRefusalOnce() throws Exception {
        String user = unique("nobody.");
        createActiveUser(user, "aba-police");

        mvc.perform(get("/admin/password-policy").with(as(user))).andExpect(status().isForbidden());

        assertThat(denials(user)).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("action", IdentityPermissions.POLICY_WRITE);
            assertThat(r).containsEntry("object_type", "request");
            assertThat(r).containsEntry("object_id", "GET /admin/password-policy");
            assertThat((String) r.get("summary")).contains(IdentityPermissions.POLICY_WRITE);
        });
    }

    @Test
    void aServiceRuleRefusalIsRecordedOnceNotAgainForItsForbiddenAnswer() throws Exception {
        String user = unique("nobody.");
        createActiveUser(user, "aba-police");

        mvc.perform(get("/admin/users").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(as(user))).andExpect(status().isForbidden());

        assertThat(denials(user))
                .extracting(r -> r.get("action") + " " + r.get("object_id"))
                .containsExactly("user:read UserAdministration.search", "operations:metrics GET /actuator/prometheus");
    }

    @Test
    void aScopeRefusalIsRecordedWithThePermissionAndTheOrganisation() throws Exception {
        int before = denials("wenchuan.admin").size();
        long police = org("aba-police").id();

        mvc.perform(post("/admin/users")
                        .with(as("wenchuan.admin"))
                        .with(csrf())
                        .param("username", unique("outside."))
                        .param("displayName", "县外用户")
                        .param("organisationId", String.valueOf(police))
                        .param("initialPassword", PASSWORD))
                .andExpect(status().isForbidden());

        List<Map<String, Object>> after = denials("wenchuan.admin");
        assertThat(after).hasSize(before + 1);
        // decided by the duty table (AccountDuties), which names the operation it refused
        assertThat(after.getLast()).containsEntry("action", "account:create");
        assertThat(after.getLast()).containsEntry("object_id", "POST /admin/users");
    }

    @Test
    void aFormWithoutItsCsrfTokenAndAFilterRefusalAreRecordedToo() throws Exception {
        String active = unique("nocsrf.");
        createActiveUser(active, "aba-police");
        String fresh = unique("fresh.");
        createUser(fresh, "aba-police");

        mvc.perform(post("/admin/profile/password").with(as(active)).param("currentPassword", "x"))
                .andExpect(status().isForbidden());
        // a user who must change the password first is refused by the session filter on the API
        mvc.perform(get("/api/v1/me").with(as(fresh))).andExpect(status().isForbidden());

        assertThat(denials(active)).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("summary", "csrf");
            assertThat(r).containsEntry("object_id", "POST /admin/profile/password");
        });
        assertThat(denials(fresh))
                .singleElement()
                .satisfies(r -> assertThat(r).containsEntry("summary", "password change required"));
    }

    @Test
    void badPagingValuesOnConsolePagesAnswer400WithTheErrorPage() throws Exception {
        for (String query :
                List.of("page=2147483647", "page=-1", "page=abc", "page=1.5", "page=99999999999", "page=1000001")) {
            mvc.perform(get("/admin/users?" + query).with(as("admin")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("分页参数 page 须为 0 到 1000000 之间的整数。")))
                    .andExpect(content().string(not(containsString("Exception"))));
        }
        mvc.perform(get("/admin/users?page=1").with(as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/users?page=").with(as("admin"))).andExpect(status().isOk());
    }

    @Test
    void badPagingValuesOnTheApiAnswer400WithProblemDetails() throws Exception {
        for (String query : List.of("size=100000", "size=0", "size=x", "page=2147483647", "page=-1")) {
            String parameter = query.substring(0, query.indexOf('='));
            api(get("/api/v1/submissions?" + query))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("error.paging"))
                    .andExpect(jsonPath("$.parameter").value(parameter))
                    .andExpect(jsonPath("$.detail").value(containsString(parameter)));
        }
    }

    private org.springframework.test.web.servlet.ResultActions api(MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(as("admin")).header("Accept-Language", "en"));
    }

    private List<Map<String, Object>> denials(String actor) {
        return jdbc.queryForList(
                "select action, object_type, object_id, summary from audit_record"
                        + " where actor = ? and outcome = 'DENIED' order by id",
                actor);
    }
}
