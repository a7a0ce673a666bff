package org.civitas.workflow.internal;

import static org.civitas.workflow.WorkflowPermissions.CHAIN_READ;
import static org.civitas.workflow.WorkflowPermissions.CHAIN_WRITE;

import org.civitas.platform.AdministrativeDuty;
import org.civitas.platform.ModulePermissions;
import org.civitas.platform.NavigationItem;
import org.civitas.platform.NavigationMenu;
import org.civitas.platform.PermissionDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workflow module's permissions and console navigation. Everyone signed in has an inbox (acting on
 * tasks needs no permission, only being a candidate); defining review chains is system configuration.
 */
@Configuration(proxyBeanMethods = false)
class WorkflowPermissionsAndMenu {

    @Bean
    ModulePermissions workflowPermissions() {
        return ModulePermissions.of(
                PermissionDefinition.of(CHAIN_READ), PermissionDefinition.of(CHAIN_WRITE, AdministrativeDuty.SYSTEM));
    }

    @Bean
    NavigationMenu workflowMenu() {
        return NavigationMenu.of(
                new NavigationItem("nav.group.work", "nav.workflow.tasks", "/admin/tasks", null, "inbox", 10),
                new NavigationItem(
                        "nav.group.system", "nav.workflow.chains", "/admin/review-chains", CHAIN_READ, "bezier2", 130));
    }
}
