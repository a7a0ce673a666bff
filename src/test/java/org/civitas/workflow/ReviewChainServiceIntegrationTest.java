package org.civitas.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.DomainException;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class ReviewChainServiceIntegrationTest extends WorkflowIntegrationTest {

    @Autowired
    ReviewChainService chains;

    @BeforeEach
    void signInAsAdmin() {
        WorkflowTestUsers.signIn("admin", WorkflowPermissions.CHAIN_READ, WorkflowPermissions.CHAIN_WRITE);
        events.clear();
    }

    @Test
    void definesChangesAndDeletesAChainWithOneEventEach() {
        String code = code();
        var defined = chains.define(new ReviewChainDefinition(
                "  " + code + " ",
                " Content review ",
                List.of(
                        new ReviewChainStep(" First ", " editor ", null, 99L),
                        ReviewChainStep.inOrganisation("Second", "chief", 5L),
                        ReviewChainStep.inSubjectOrganisation("Third", "leader"))));
        assertThat(defined.code()).isEqualTo(code);
        assertThat(defined.name()).isEqualTo("Content review");
        assertThat(defined.steps())
                .containsExactly(
                        ReviewChainStep.anywhere("First", "editor"),
                        ReviewChainStep.inOrganisation("Second", "chief", 5L),
                        ReviewChainStep.inSubjectOrganisation("Third", "leader"));
        assertThat(chains.find(code)).contains(defined);
        assertThat(chains.list()).extracting(ReviewChain::code).contains(code);

        var changed = chains.change(
                code,
                new ReviewChainDefinition(
                        code, "Renamed", List.of(ReviewChainStep.inSubjectOrganisation("Only", "leader"))),
                defined.version());
        assertThat(changed.name()).isEqualTo("Renamed");
        assertThat(changed.steps()).containsExactly(ReviewChainStep.inSubjectOrganisation("Only", "leader"));
        assertThat(changed.version()).isGreaterThan(defined.version());
        assertThat(chains.find(code)).contains(changed);

        chains.delete(code);
        assertThat(chains.find(code)).isEmpty();

        assertThat(events.stream(AuditableEvent.class).toList())
                .extracting(AuditableEvent::action, AuditableEvent::objectId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("reviewchain:create", code),
                        org.assertj.core.groups.Tuple.tuple("reviewchain:update", code),
                        org.assertj.core.groups.Tuple.tuple("reviewchain:delete", code));
    }

    @Test
    void aChainMayHaveNoSteps() {
        String code = code();
        assertThat(chains.define(new ReviewChainDefinition(code, "Instant", null))
                        .steps())
                .isEmpty();
    }

    @Test
    void badDefinitionsAreRefusedOnTheOffendingFieldAndNothingIsSaved() {
        String code = code();
        var good = ReviewChainStep.anywhere("Step", "editor");
        refused(new ReviewChainDefinition(null, "Name", List.of()), "code", "workflow.chain.code.invalid");
        refused(new ReviewChainDefinition("Upper", "Name", List.of()), "code", "workflow.chain.code.invalid");
        refused(new ReviewChainDefinition("a", "Name", List.of()), "code", "workflow.chain.code.invalid");
        refused(new ReviewChainDefinition(code, " ", List.of()), "name", "workflow.chain.name.required");
        refused(new ReviewChainDefinition(code, "x".repeat(201), List.of()), "name", "workflow.chain.name.tooLong");
        refused(
                new ReviewChainDefinition(code, "Name", List.of(good, ReviewChainStep.anywhere("", "editor"))),
                "steps[1].name",
                "workflow.step.name.required");
        refused(
                new ReviewChainDefinition(code, "Name", List.of(ReviewChainStep.anywhere("Step", " "))),
                "steps[0].roleCode",
                "workflow.step.role.required");
        refused(
                new ReviewChainDefinition(code, "Name", List.of(ReviewChainStep.anywhere("Step", "a,b"))),
                "steps[0].roleCode",
                "workflow.step.role.invalid");
        refused(
                new ReviewChainDefinition(code, "Name", List.of(ReviewChainStep.anywhere("Step", "x@org:1"))),
                "steps[0].roleCode",
                "workflow.step.role.invalid");
        refused(
                new ReviewChainDefinition(
                        code,
                        "Name",
                        List.of(new ReviewChainStep("Step", "chief", ReviewStepScope.ORGANISATION, null))),
                "steps[0].organisationId",
                "workflow.step.organisation.required");
        refused(
                new ReviewChainDefinition(code, "Name", List.of(ReviewChainStep.inOrganisation("Step", "chief", 404L))),
                "steps[0].organisationId",
                "workflow.step.organisation.unknown");
        var tooMany = new ArrayList<ReviewChainStep>();
        for (int i = 0; i < 21; i++) {
            tooMany.add(good);
        }
        refused(new ReviewChainDefinition(code, "Name", tooMany), "steps", "workflow.chain.steps.tooMany");

        assertThat(chains.find(code)).isEmpty();
        assertThat(events.stream(AuditableEvent.class)).isEmpty();
    }

    @Test
    void refusesTakenCodesChangedCodesStaleVersionsAndUnknownChains() {
        String code = code();
        var chain = chains.define(new ReviewChainDefinition(code, "First", List.of()));
        events.clear();

        refused(new ReviewChainDefinition(code, "Again", List.of()), "code", "workflow.chain.code.taken");
        assertThatThrownBy(() ->
                        chains.change(code, new ReviewChainDefinition(code(), "Other", List.of()), chain.version()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("workflow.chain.code.fixed"));
        assertThatThrownBy(() ->
                        chains.change(code, new ReviewChainDefinition(code, "Late", List.of()), chain.version() + 1))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("workflow.chain.stale"));
        assertThatThrownBy(() -> chains.delete("missing-chain"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("workflow.chain.unknown"));

        assertThat(chains.find(code)).contains(chain);
        assertThat(events.stream(AuditableEvent.class)).isEmpty();
    }

    @Test
    void readingAndWritingNeedTheirPermissions() {
        String code = code();
        WorkflowTestUsers.signIn("reader", WorkflowPermissions.CHAIN_READ);
        assertThat(chains.list()).isNotNull();
        assertThatThrownBy(() -> chains.define(new ReviewChainDefinition(code, "Name", List.of())))
                .isInstanceOf(AccessDeniedException.class);

        WorkflowTestUsers.signIn("nobody");
        assertThatThrownBy(() -> chains.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> chains.find(code)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> chains.delete(code)).isInstanceOf(AccessDeniedException.class);

        WorkflowTestUsers.signIn("admin", WorkflowPermissions.CHAIN_READ, WorkflowPermissions.CHAIN_WRITE);
        assertThat(chains.find(code)).isEmpty();
        assertThat(events.stream(AuditableEvent.class)).isEmpty();
    }

    private void refused(ReviewChainDefinition definition, String field, String messageKey) {
        assertThatThrownBy(() -> chains.define(definition)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }

    private static String code() {
        return "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
