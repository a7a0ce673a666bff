package org.civitas.journal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.civitas.identity.DataScope;
import org.civitas.identity.IdentityPermissions;
import org.civitas.identity.RoleDraft;
import org.civitas.identity.UserDraft;
import org.civitas.identity.UserService;
import org.civitas.journal.Credit;
import org.civitas.journal.EditionItemDraft;
import org.civitas.journal.EditionState;
import org.civitas.journal.JournalDefinition;
import org.civitas.journal.JournalLayout;
import org.civitas.journal.JournalLevel;
import org.civitas.journal.JournalPermissions;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.civitas.workflow.ReviewChainDefinition;
import org.civitas.workflow.ReviewChainStep;
import org.civitas.workflow.ReviewService;
import org.civitas.workflow.WorkflowPermissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whoever signs an edition off sees it on the task: its contents and its PDF, by the edition's own visibility
 * (they need no journal permission for the edition they may decide), and nothing above their clearance.
 */
@DatabaseTest
@CivitasIntegrationTest
class EditionSignOffTaskIntegrationTest extends JournalConsoleSupport {

    private static final String PASSWORD = "Signer#Initial-2026";
    private static final String OWN_PASSWORD = "Signer#Mine-2026-x";
    private static final String ROLE = "T_EDITION_SIGNER";

    @Autowired
    UserService users;

    @Autowired
    ReviewService reviews;

    /** A real account holding only the signer's role (no journal permission), cleared for 公开 only. */
    private String signer(String prefix, boolean withRole) {
        String username = prefix + "." + System.nanoTime() % 1_000_000;
        long root = organisations.all().getFirst().id();
        long id = runAs(
                        "admin",
                        () -> users.create(new UserDraft(username, "签发人" + username, root, null, null, PASSWORD)))
                .user()
                .id();
        runAs(username, () -> {
            users.changeOwnPassword(PASSWORD, OWN_PASSWORD);
            return null;
        });
        runAs("secadmin", () -> {
            String code = withRole ? ROLE : "T_EDITION_NOBODY";
            var role = roles.roles().stream()
                    .filter(r -> r.code().equals(code))
                    .findFirst()
                    .orElseGet(() -> roles.create(
                            new RoleDraft(code, code, null, Set.of(IdentityPermissions.ORGANISATION_READ))));
            return roles.grant(id, role.id(), DataScope.ALL, root);
        });
        return username;
    }

    private <T> T asOffice(Supplier<T> action) {
        return asStandIn(
                930_000L,
                "office.setup",
                Set.of(
                        JournalPermissions.MANAGE,
                        JournalPermissions.COMPILE,
                        JournalPermissions.READ,
                        WorkflowPermissions.CHAIN_WRITE),
                action);
    }

    /** An edition labelled {@code label} with two items, sent to a one-step sign-off chain; returns its id. */
    private long editionInSignOff(String label) {
        String code = "signoff-" + System.nanoTime() % 1_000_000;
        long wenchuan = organisations.all().stream()
                .filter(o -> o.code().equals("wenchuan"))
                .findFirst()
                .orElseThrow()
                .id();
        return asOffice(() -> {
            chains.define(new ReviewChainDefinition(code, "刊物签发", List.of(ReviewChainStep.anywhere("办公室主任签发", ROLE))));
            var journal = journals.define(new JournalDefinition(
                    code,
                    "信息专报" + code.substring(8),
                    JournalLevel.MUNICIPAL,
                    null,
                    label,
                    List.of(),
                    List.of(),
                    "PUBLIC",
                    "阿坝州人民政府办公室",
                    JournalLayout.RED_MASTHEAD,
                    code));
            var edition = editions.create(journal.id(), label, "本期编发汛期工作信息。");
            editions.addItem(
                    edition.id(),
                    new EditionItemDraft(
                            "要情快报",
                            "汶川县全力做好汛期防灾减灾工作",
                            "<p>汶川县转移受威胁群众<strong>312人</strong>。</p>",
                            List.of(new Credit(wenchuan, null)),
                            null,
                            null));
            editions.addItem(
                    edition.id(),
                    new EditionItemDraft("基层动态", "九寨沟县景区有序恢复开放", "<p>景区恢复开放。</p>", List.of(), null, null));
            assertThat(editions.submitForSignOff(edition.id()).state()).isEqualTo(EditionState.IN_REVIEW);
            return edition.id();
        });
    }

    private String taskOf(String signer, long edition) {
        return runAs(
                signer,
                () -> reviews.openTask("journal.edition", String.valueOf(edition))
                        .orElseThrow()
                        .taskId());
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theSignerReadsTheContentsAndThePdfOfTheEditionTheySignOff() throws Exception {
        String signer = signer("t.signer", true);
        long id = editionInSignOff("PUBLIC");
        String taskId = taskOf(signer, id);

        assertThat(page(signer, "/admin/tasks"))
                .contains(">刊物</td>", "办公室主任签发")
                .doesNotContain("journal.edition", "role:" + ROLE);
        assertThat(page(signer, "/admin/tasks/" + taskId))
                .contains("送审刊物", "要情快报", "汶川县全力做好汛期防灾减灾工作", "转移受威胁群众<strong>312人</strong>")
                .contains("九寨沟县景区有序恢复开放", "本期编发汛期工作信息。")
                .contains("/admin/editions/" + id + "/pdf?preview=true")
                .doesNotContain("journal.edition", "role:" + ROLE);
        mvc.perform(get("/admin/editions/{id}/pdf", id).param("preview", "true").with(as(signer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")));

        // someone who may not decide it reads neither the edition nor its PDF
        String other = signer("t.nosigner", false);
        mvc.perform(get("/admin/editions/{id}/pdf", id).with(as(other)))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
        mvc.perform(get("/admin/tasks/" + taskId).with(as(other))).andExpect(status().is3xxRedirection());
    }

    @Test
    void aSignerWhoseClearanceDoesNotReachTheLabelSeesNothingOfIt() throws Exception {
        String signer = signer("t.lowsigner", true);
        long id = editionInSignOff("INTERNAL");
        String taskId = taskOf(signer, id);

        assertThat(page(signer, "/admin/tasks/" + taskId))
                .contains("您无权阅读此事项")
                .doesNotContain("转移受威胁群众", "/admin/editions/" + id + "/pdf");
        mvc.perform(get("/admin/editions/{id}/pdf", id).with(as(signer)))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
    }
}
