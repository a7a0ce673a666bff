package org.civitas.storage.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers the upload filter ahead of every other filter, security included. */
@Configuration(proxyBeanMethods = false)
class StorageWebConfiguration {

    @Bean
    FilterRegistrationBean<StreamedUploadFilter> streamedUploadFilter() {
        var registration = new FilterRegistrationBean<>(new StreamedUploadFilter());
        registration.addUrlPatterns(BlobController.PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
