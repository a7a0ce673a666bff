package org.civitas.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aopalliance.intercept.MethodInvocation;
import org.civitas.audit.AuditOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Records permission denials of signed-in users, from URL rules and from method security alike
 * (both publish through the {@code SpringAuthorizationEventPublisher} this module configures).
 *
 * <p>Denials of anonymous requests are not recorded: every visit to a console page without a
 * session is one (it leads to the login page), so they would bury the trail without telling an
 * auditor anything; failed logins are recorded instead.
 *
 * <p>The action is the permission that was missing when it can be read from the rule (e.g.
 * {@code audit:read}), else {@code access:denied}; the object is the request or the method.
 *
 * <p>Refusals that no rule announces (a check written in code, CSRF, a filter's 403) reach
 * {@link #refused} through {@link RefusalRecorder}. Each request's refusal is recorded once: the
 * first record marks the request, and a later 403 of the same request is not recorded again.
 */
@Component
class DenialAuditor {

    static final String UNKNOWN_PERMISSION = "access:denied";

    /** Request attribute: this request's refusal is in the trail already. */
    static final String RECORDED = DenialAuditor.class.getName() + ".recorded";

    private static final Pattern PERMISSION = Pattern.compile("[a-z0-9-]+:[a-z0-9-]+");
    private static final Pattern HAS_AUTHORITY = Pattern.compile("hasAuthority\\('([^']+)'\\)");

    private final OwnTransactionRecorder recorder;
    private final Clock clock;

    DenialAuditor(OwnTransactionRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return;
        }
        String rule = rule(event.getAuthorizationResult());
        String objectType = null;
        String objectId = null;
        if (event.getObject() instanceof HttpServletRequest request) {
            objectType = "Request";
            objectId = request.getMethod() + " " + request.getRequestURI();
            markRecorded(request);
        } else if (event.getObject() instanceof MethodInvocation invocation) {
            objectType = "Method";
            objectId = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName();
            CurrentActor.currentRequest().ifPresent(DenialAuditor::markRecorded);
        }
        recorder.record(new AuditFacts(
                clock.instant(),
                CurrentActor.name(authentication),
                CurrentActor.address(authentication),
                permission(rule),
                objectType,
                objectId,
                rule,
                AuditOutcome.DENIED));
    }

    /**
     * Records a refusal that no authorization rule announced: an {@code AccessDeniedException} thrown by a
     * page, a form or a service (a permission or scope check written in code), a CSRF refusal, or a 403 a
     * filter answered directly. Once per request: not when this request's refusal was already recorded
     * (from the rule's event, or earlier in the request).
     */
    void refused(HttpServletRequest request, Authentication authentication, String reason) {
        if (request.getAttribute(RECORDED) != null) {
            return;
        }
        markRecorded(request);
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return;
        }
        recorder.record(new AuditFacts(
                clock.instant(),
                CurrentActor.name(authentication),
                request.getRemoteAddr(),
                permissionIn(reason),
                "request",
                request.getMethod() + " " + request.getRequestURI(),
                reason,
                AuditOutcome.DENIED));
    }

    private static void markRecorded(HttpServletRequest request) {
        request.setAttribute(RECORDED, Boolean.TRUE);
    }

    /** The first permission code named in a refusal's reason ("missing permission user:write"), else the unknown one. */
    static String permissionIn(String reason) {
        if (reason == null) {
            return UNKNOWN_PERMISSION;
        }
        Matcher m = PERMISSION.matcher(reason);
        return m.find() ? m.group() : UNKNOWN_PERMISSION;
    }

    /** The rule that refused, as readable as the decision allows. */
    static String rule(AuthorizationResult result) {
        if (result instanceof AuthorityAuthorizationDecision authorities) {
            List<String> names = authorities.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .sorted()
                    .toList();
            return names.size() == 1 ? names.getFirst() : "any of " + names;
        }
        if (result instanceof ExpressionAuthorizationDecision expression) {
            return expression.getExpression().getExpressionString();
        }
        return result == null ? null : result.getClass().getSimpleName();
    }

    /** The single permission the rule asks for, or {@link #UNKNOWN_PERMISSION}. */
    static String permission(String rule) {
        if (rule == null) {
            return UNKNOWN_PERMISSION;
        }
        if (PERMISSION.matcher(rule).matches()) {
            return rule;
        }
        Matcher m = HAS_AUTHORITY.matcher(rule.strip());
        return m.matches() && PERMISSION.matcher(m.group(1)).matches() ? m.group(1) : UNKNOWN_PERMISSION;
    }
}
