package org.civitas.publishing.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many expensive public requests of each kind may run at once ({@code civitas.public-pools.*}), and
 * what a visitor turned away is told to wait. The sizes bound CPU, not threads: on two cores a handful of
 * searches at once already use both, and more only make every request, cached pages included, wait.
 *
 * @param search public search pages ({@code /search}, {@code /s/<code>/search})
 * @param catalogue filtered disclosure catalogues (parameters make them uncacheable)
 * @param api the public article feed of the API ({@code /api/v1/sites/<code>/articles})
 * @param retryAfter the {@code Retry-After} of the "busy, try again" answer
 */
@ConfigurationProperties("civitas.public-pools")
record PublicPoolSettings(
        @DefaultValue("6") int search,
        @DefaultValue("4") int catalogue,
        @DefaultValue("4") int api,
        @DefaultValue("5s") Duration retryAfter) {}
