package org.civitas.workflow.internal;

import org.flowable.engine.RepositoryService;
import org.flowable.spring.boot.ProcessEngineConfigurationConfigurer;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Flowable process engine as Civitas uses it: users and groups come from identity's
 * {@link org.civitas.identity.trusted.UserDirectory}, so Flowable's own IDM engine (and its tables) stays off;
 * the one review process is deployed at start-up (duplicate filtering makes that a no-op when unchanged,
 * also when several nodes start together).
 */
@Configuration(proxyBeanMethods = false)
class WorkflowEngineConfiguration {

    @Bean
    ProcessEngineConfigurationConfigurer civitasProcessEngineConfigurer() {
        return configuration -> configuration.setDisableIdmEngine(true);
    }

    @Bean
    SmartInitializingSingleton reviewProcessDeployment(RepositoryService repository) {
        return () -> repository
                .createDeployment()
                .name("civitas-review-chain")
                .key(ReviewRun.PROCESS_KEY)
                .addClasspathResource(ReviewRun.PROCESS_RESOURCE)
                .enableDuplicateFiltering()
                .deploy();
    }
}
