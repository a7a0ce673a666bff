package org.civitas.audit.internal;

import org.civitas.audit.AuditPermissions;
import org.civitas.platform.AdministrativeDuty;
import org.civitas.platform.ModulePermissions;
import org.civitas.platform.NavigationItem;
import org.civitas.platform.NavigationMenu;
import org.civitas.platform.PermissionDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** The audit console's navigation entry, and the publisher that makes Spring Security announce denials. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    /**
     * Spring Security publishes {@code AuthorizationDeniedEvent}s from method security only when a
     * bean of this type exists; the URL rules use it too. It publishes denials only, not grants.
     */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    /** Every 403 a console page, form or API call answers goes into the trail, once (issue 10). */
    @Bean
    Customizer<HttpSecurity> refusalRecording(DenialAuditor denials) {
        return RefusalRecorder.joining(denials);
    }

    /** Reading the audit trail is the auditor's duty alone (三员分立). */
    @Bean
    ModulePermissions auditPermissions() {
        return ModulePermissions.of(PermissionDefinition.of(AuditPermissions.READ, AdministrativeDuty.AUDIT));
    }

    @Bean
    NavigationMenu auditMenu() {
        return NavigationMenu.of(new NavigationItem(
                "nav.group.audit", "audit.nav", "/admin/audit", AuditPermissions.READ, "journal-check", 900));
    }
}
