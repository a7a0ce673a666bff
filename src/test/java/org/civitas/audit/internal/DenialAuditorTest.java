package org.civitas.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.civitas.audit.AuditPermissions;
import org.civitas.identity.IdentityPermissions;
import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.security.core.authority.AuthorityUtils;

class DenialAuditorTest {

    @Test
    void theMissingPermissionIsReadFromAuthorityRules() {
        var decision =
                new AuthorityAuthorizationDecision(false, AuthorityUtils.createAuthorityList(AuditPermissions.READ));

        assertThat(DenialAuditor.rule(decision)).isEqualTo(AuditPermissions.READ);
        assertThat(DenialAuditor.permission(AuditPermissions.READ)).isEqualTo(AuditPermissions.READ);
    }

    @Test
    void theMissingPermissionIsReadFromSimpleExpressions() {
        var decision = new ExpressionAuthorizationDecision(
                false, new SpelExpressionParser().parseExpression("hasAuthority('user:write')"));

        assertThat(DenialAuditor.rule(decision)).isEqualTo("hasAuthority('user:write')");
        assertThat(DenialAuditor.permission(DenialAuditor.rule(decision))).isEqualTo(IdentityPermissions.USER_WRITE);
    }

    @Test
    void anythingElseIsAPlainDenial() {
        var several = new AuthorityAuthorizationDecision(false, AuthorityUtils.createAuthorityList("a:b", "c:d"));

        assertThat(DenialAuditor.permission(DenialAuditor.rule(several))).isEqualTo("access:denied");
        assertThat(DenialAuditor.permission("hasAuthority('a:b') and isFullyAuthenticated()"))
                .isEqualTo("access:denied");
        assertThat(DenialAuditor.permission(DenialAuditor.rule(new AuthorizationDecision(false))))
                .isEqualTo("access:denied");
        assertThat(DenialAuditor.permission(null)).isEqualTo("access:denied");
    }
}
