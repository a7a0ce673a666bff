package org.civitas.platform.web;

import java.util.List;
import org.civitas.platform.HostSettings;
import org.civitas.platform.PublicPaths;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Host settings for every module, and the console's binding to its own host when one is configured
 * (on a single host the filter does not exist and costs nothing).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HostSettings.class)
class HostConfiguration {

    /** Ahead of the page cache filter, which answers public pages before anything else runs. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    /** After the page cache (cached pages never redirect), ahead of Spring Session and Spring Security. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<RedirectGuardFilter> redirectGuardFilter(HostSettings hosts) {
        var registration = new FilterRegistrationBean<>(new RedirectGuardFilter(hosts));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.addUrlPatterns("/*");
        registration.setName("redirectGuardFilter");
        return registration;
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnExpression("'${civitas.console.host:}'.trim() != ''")
    FilterRegistrationBean<HostBindingFilter> hostBindingFilter(HostSettings hosts, List<PublicPaths> publicPaths) {
        List<PathPattern> publicApi = publicPaths.stream()
                .flatMap(p -> p.patterns().stream())
                .filter(p -> p.startsWith("/api/"))
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
        var registration = new FilterRegistrationBean<>(
                new HostBindingFilter(hosts.consoleHost().orElseThrow(), publicApi));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
        registration.setName("hostBindingFilter");
        return registration;
    }
}
