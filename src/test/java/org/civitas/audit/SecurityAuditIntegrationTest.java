package org.civitas.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.audit.AuditRecordsTestSupport.recordsFor;
import static org.civitas.audit.AuditRecordsTestSupport.unique;

import java.util.List;
import org.civitas.content.ContentPermissions;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Logins, failed logins, logouts and denials are recorded once each, in a transaction of their own. */
@DatabaseTest
@CivitasIntegrationTest
class SecurityAuditIntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void outsideAnyRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aLoginIsRecordedWithTheClientAddress() {
        String user = unique();
        fromAddress("10.1.2.3", null);

        events.publishEvent(new AuthenticationSuccessEvent(signedIn(user)));

        assertThat(recordsFor(jdbc, "actor", user)).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("auth:login");
            assertThat(r.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(r.address()).isEqualTo("10.1.2.3");
            assertThat(r.summary()).isEqualTo("password");
        });
    }

    @Test
    void anApiTokenAuthenticationIsNotRecordedAsALogin() {
        String user = unique();
        fromAddress("10.1.2.3", "Bearer abc");

        events.publishEvent(new AuthenticationSuccessEvent(signedIn(user)));

        assertThat(recordsFor(jdbc, "actor", user)).isEmpty();
    }

    @Test
    void failedLoginsAreRecordedWithTheAttemptedUsernameAndReason() {
        String user = unique();
        String password = "pw-" + unique();
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(user, password);

        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("x")));
        events.publishEvent(new AuthenticationFailureLockedEvent(attempt, new LockedException("x")));
        events.publishEvent(new AuthenticationFailureDisabledEvent(attempt, new DisabledException("x")));

        List<AuditEntry> records = recordsFor(jdbc, "actor", user);
        assertThat(records).extracting(AuditEntry::summary).containsExactly("bad-credentials", "locked", "disabled");
        assertThat(records).allSatisfy(r -> {
            assertThat(r.action()).isEqualTo("auth:login");
            assertThat(r.outcome()).isEqualTo(AuditOutcome.FAILURE);
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where summary = ? or actor = ? or object_id = ?",
                        Long.class,
                        password,
                        password,
                        password))
                .isZero();
    }

    @Test
    void aFailedTokenNeverPutsTheTokenIntoTheTrail() {
        String token = unique();
        fromAddress("10.9.9.9", "Bearer " + token);
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(token, token);

        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("x")));

        assertThat(recordsFor(jdbc, "actor", token)).isEmpty();
        assertThat(recordsFor(jdbc, "address", "10.9.9.9")).singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo("anonymous");
            assertThat(r.summary()).isEqualTo("token-bad-credentials");
        });
    }

    @Test
    void aLogoutIsRecorded() {
        String user = unique();

        events.publishEvent(new LogoutSuccessEvent(signedIn(user)));

        assertThat(recordsFor(jdbc, "actor", user))
                .singleElement()
                .satisfies(r -> assertThat(r.action()).isEqualTo("auth:logout"));
    }

    @Test
    void aDenialOfASignedInUserIsRecordedWithTheMissingPermission() {
        String user = unique();
        var request = fromAddress("192.168.0.7", null);
        request.setMethod("GET");
        request.setRequestURI("/admin/secret");

        events.publishEvent(denial(signedIn(user), request, "secret:read"));

        assertThat(recordsFor(jdbc, "actor", user)).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("secret:read");
            assertThat(r.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(r.objectType()).isEqualTo("Request");
            assertThat(r.objectId()).isEqualTo("GET /admin/secret");
            assertThat(r.address()).isEqualTo("192.168.0.7");
        });
    }

    @Test
    void anonymousDenialsAreNotRecorded() {
        var request = fromAddress("203.0.113.77", null);
        var anonymous = new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        events.publishEvent(denial(anonymous, request, "secret:read"));

        assertThat(recordsFor(jdbc, "address", "203.0.113.77")).isEmpty();
    }

    @Test
    void aDenialInsideATransactionThatRollsBackIsStillRecorded() {
        String user = unique();
        String write = unique();
        SecurityContextHolder.getContext().setAuthentication(signedIn(user));

        transactions.executeWithoutResult(s -> {
            // this write takes the chain lock; the denial must not wait for it on the same thread
            events.publishEvent(new SampleWritten(write, "before the denial"));
            events.publishEvent(denial(signedIn(user), null, "secret:write"));
            s.setRollbackOnly();
        });

        assertThat(recordsFor(jdbc, "object_id", write)).isEmpty();
        assertThat(recordsFor(jdbc, "actor", user))
                .singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo(AuditOutcome.DENIED));
    }

    private static Authentication signedIn(String user) {
        return new TestingAuthenticationToken(user, null, ContentPermissions.WRITE);
    }

    private static AuthorizationDeniedEvent<Object> denial(Authentication who, Object object, String permission) {
        return new AuthorizationDeniedEvent<>(
                () -> who,
                object == null ? new Object() : object,
                new AuthorityAuthorizationDecision(false, AuthorityUtils.createAuthorityList(permission)));
    }

    private static MockHttpServletRequest fromAddress(String address, String authorization) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return request;
    }
}
