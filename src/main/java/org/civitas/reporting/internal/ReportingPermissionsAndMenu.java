package org.civitas.reporting.internal;

import static org.civitas.reporting.ReportingPermissions.ADMIN;
import static org.civitas.reporting.ReportingPermissions.EDIT;
import static org.civitas.reporting.ReportingPermissions.INSTRUCT;
import static org.civitas.reporting.ReportingPermissions.SIGNOFF;
import static org.civitas.reporting.ReportingPermissions.SUBMIT;

import org.civitas.platform.ModulePermissions;
import org.civitas.platform.NavigationItem;
import org.civitas.platform.PermissionDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reporting module's permissions and console navigation. None of them is an administrative
 * duty: the information office's work is ordinary business, kept apart from the 三员.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportingSettings.class)
class ReportingPermissionsAndMenu {

    @Bean
    ModulePermissions reportingPermissions() {
        return ModulePermissions.of(
                PermissionDefinition.of(SUBMIT),
                PermissionDefinition.of(SIGNOFF),
                PermissionDefinition.of(EDIT),
                PermissionDefinition.of(ADMIN),
                PermissionDefinition.of(INSTRUCT));
    }

    @Bean
    NavigationItem reportingUnitsNavigation() {
        return new NavigationItem(
                "nav.group.desk", "nav.reporting.units", "/admin/reporting/units", ADMIN, "building", 490);
    }

    @Bean
    NavigationItem reportingMineNavigation() {
        return new NavigationItem(
                "nav.group.desk", "nav.reporting.mine", "/admin/reporting/submissions", SUBMIT, "send", 400);
    }

    @Bean
    NavigationItem reportingSignOffNavigation() {
        // unit heads follow their unit's items on the same list (they sign off in the task inbox)
        return new NavigationItem(
                "nav.group.desk",
                "nav.reporting.mine",
                "/admin/reporting/submissions?head",
                SIGNOFF,
                "send-check",
                401);
    }

    @Bean
    NavigationItem reportingCommissionsNavigation() {
        return new NavigationItem(
                "nav.group.desk", "nav.reporting.commissions", "/admin/reporting/commissions", EDIT, "megaphone", 415);
    }

    @Bean
    NavigationItem reportingUnitCommissionsNavigation() {
        // the same page, for the units: what the office asks of them
        return new NavigationItem(
                "nav.group.desk",
                "nav.reporting.commissions.mine",
                "/admin/reporting/commissions?mine",
                SUBMIT,
                "megaphone",
                405);
    }

    @Bean
    NavigationItem reportingInstructionsNavigation() {
        return new NavigationItem(
                "nav.group.desk", "nav.reporting.instructions", "/admin/reporting/instructions", EDIT, "pen", 420);
    }

    @Bean
    NavigationItem reportingLeaderInstructionsNavigation() {
        // the same register, for leaders: the instructions they and others gave
        return new NavigationItem(
                "nav.group.desk", "nav.reporting.instructions", "/admin/reporting/instructions", INSTRUCT, "pen", 421);
    }

    @Bean
    NavigationItem reportingScoresNavigation() {
        return new NavigationItem(
                "nav.group.desk", "nav.reporting.scores", "/admin/reporting/scores", EDIT, "trophy", 430);
    }

    @Bean
    NavigationItem reportingInboxNavigation() {
        return new NavigationItem(
                "nav.group.desk", "nav.reporting.inbox", "/admin/reporting/inbox", EDIT, "inbox-fill", 410);
    }
}
