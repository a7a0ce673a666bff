package org.civitas.publishing.web;

import org.civitas.publishing.internal.PublicSite;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the cache filter first of all (before metrics observation, Spring Session at MIN+50 and
 * Spring Security at -100): a cache hit is a map lookup and a write of bytes, and under a surge of
 * visitors every microsecond per request counts. The pools of expensive requests come right after it: a
 * cached page never waits for a place in them, and a request turned away never reaches session or security.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicPoolSettings.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PublishingWebConfiguration {

    /** Right after the console host binding (platform), ahead of everything else. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<CachedPageFilter> cachedPageFilter(PublicSite site, PageResponder responder) {
        var registration = new FilterRegistrationBean<>(new CachedPageFilter(site, responder));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
        registration.setName("cachedPageFilter");
        return registration;
    }

    @Bean
    PublicRequestPools publicRequestPools(PublicPoolSettings settings) {
        return new PublicRequestPools(settings);
    }

    @Bean
    FilterRegistrationBean<PooledRequestFilter> pooledRequestFilter(
            PublicRequestPools pools, PublicSite site, PageResponder responder, MessageSource messages) {
        var registration = new FilterRegistrationBean<>(new PooledRequestFilter(pools, site, responder, messages));
        registration.setOrder(ORDER + 1);
        registration.addUrlPatterns("/*");
        registration.setName("pooledRequestFilter");
        return registration;
    }
}
