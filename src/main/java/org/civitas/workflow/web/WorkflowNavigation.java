package org.civitas.workflow.web;

import org.civitas.platform.NavigationItem;
import org.civitas.workflow.WorkflowPermissions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workflow's console entries: everyone has an inbox; chain definitions are for those who may read them. */
@Configuration(proxyBeanMethods = false)
class WorkflowNavigation {

    @Bean
    NavigationItem workflowTasksNavigation() {
        return new NavigationItem("nav.group.work", "nav.workflow.tasks", "/admin/tasks", null, "inbox", 10);
    }

    @Bean
    NavigationItem workflowChainsNavigation() {
        return new NavigationItem(
                "nav.group.system",
                "nav.workflow.chains",
                "/admin/review-chains",
                WorkflowPermissions.CHAIN_READ,
                "diagram-3",
                60);
    }
}
