package org.civitas.reporting.internal;

import static org.civitas.reporting.ReportingPermissions.ADMIN;
import static org.civitas.reporting.ReportingPermissions.EDIT;
import static org.civitas.reporting.ReportingPermissions.INSTRUCT;
import static org.civitas.reporting.ReportingPermissions.SIGNOFF;
import static org.civitas.reporting.ReportingPermissions.SUBMIT;

import org.civitas.platform.ModulePermissions;
import org.civitas.platform.NavigationItem;
import org.civitas.platform.NavigationMenu;
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

    /**
     * The desk group, in the order shown. Some pages appear twice for different holders: the submission
     * list for units and (with {@code ?head}) their heads, who sign off in the task inbox; the commission
     * list for the office and (with {@code ?mine}) the units asked; the instruction register for the
     * office's editors and for leaders, who gave the instructions.
     */
    @Bean
    NavigationMenu reportingMenu() {
        return NavigationMenu.of(
                desk("nav.reporting.mine", "/admin/reporting/submissions", SUBMIT, "send", 400),
                desk("nav.reporting.mine", "/admin/reporting/submissions?head", SIGNOFF, "send-check", 401),
                desk("nav.reporting.commissions.mine", "/admin/reporting/commissions?mine", SUBMIT, "megaphone", 405),
                desk("nav.reporting.inbox", "/admin/reporting/inbox", EDIT, "inbox-fill", 410),
                desk("nav.reporting.commissions", "/admin/reporting/commissions", EDIT, "megaphone", 415),
                desk("nav.reporting.instructions", "/admin/reporting/instructions", EDIT, "pen", 420),
                desk("nav.reporting.instructions", "/admin/reporting/instructions", INSTRUCT, "pen", 421),
                desk("nav.reporting.scores", "/admin/reporting/scores", EDIT, "trophy", 430),
                desk("nav.reporting.units", "/admin/reporting/units", ADMIN, "building", 490));
    }

    private static NavigationItem desk(String messageKey, String href, String permission, String icon, int order) {
        return new NavigationItem("nav.group.desk", messageKey, href, permission, icon, order);
    }
}
