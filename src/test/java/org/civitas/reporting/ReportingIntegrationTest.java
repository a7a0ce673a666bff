package org.civitas.reporting;

import java.util.Set;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.RoleService;
import org.civitas.identity.UserService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.AuditableEvent;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.workflow.ReviewChainService;
import org.civitas.workflow.ReviewService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * One application context for the reporting tests (with the demo data), with recorded events.
 * Subclasses carry {@link org.civitas.support.DatabaseTest} themselves.
 */
@CivitasIntegrationTest
@RecordApplicationEvents
abstract class ReportingIntegrationTest {

    static final String PASSWORD = CivitasIntegrationTest.ADMIN_PASSWORD;

    @Autowired
    ApplicationEvents events;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    UserService userService;

    @Autowired
    RoleService roleService;

    @Autowired
    ReviewChainService chainService;

    @Autowired
    ReportingUnitService unitService;

    @Autowired
    ReviewService reviewService;

    DeskAccounts accounts;

    /** Approves the submission's sign-off task as the unit head {@code head}. */
    void signOff(String head, long submissionId) {
        accounts.runAs(head, () -> {
            var task = reviewService.inbox("reporting.submission", PageRequest.of(0, 200)).stream()
                    .filter(t -> t.subject().id().equals(String.valueOf(submissionId)))
                    .findFirst()
                    .orElseThrow();
            reviewService.approve(task.taskId(), null);
            return null;
        });
    }

    /**
     * Sends the edition for sign-off as {@code compiler} and has the demo's office head {@code desk.head} sign it off
     * from their task list (the demo journals' chain waits for them), then releases it as {@code compiler}.
     */
    void signOffAndRelease(String compiler, long editionId) {
        accounts.runAs(compiler, () -> editions().submitForSignOff(editionId));
        accounts.runAs("desk.head", () -> {
            var task = reviewService.inbox("journal.edition", PageRequest.of(0, 200)).stream()
                    .filter(t -> t.subject().id().equals(String.valueOf(editionId)))
                    .findFirst()
                    .orElseThrow();
            reviewService.approve(task.taskId(), "同意印发。");
            return null;
        });
        accounts.runAs(compiler, () -> editions().release(editionId));
    }

    @Autowired
    org.civitas.journal.EditionService editionService;

    private org.civitas.journal.EditionService editions() {
        return editionService;
    }

    @BeforeEach
    void clearEvents() {
        accounts = new DeskAccounts(userDetails, userService, roleService, chainService, unitService, organisations);
        events.clear();
    }

    /** Creates the desk's test accounts and units (once per database). */
    void ensureAccounts() {
        accounts.ensure();
        events.clear();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long org(String code) {
        return organisations.all().stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    long auditable() {
        return events.stream(AuditableEvent.class).count();
    }

    /** Signs in a made-up user (no grants in the database) holding {@code permissions}. */
    static void signInStandIn(String username, String clearance, String... permissions) {
        var user = new CivitasUser(
                Math.abs(username.hashCode()) + 800_000L,
                username,
                username,
                1L,
                clearance,
                Set.of(permissions),
                true,
                false,
                false,
                null);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
