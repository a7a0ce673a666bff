package org.civitas.publishing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.civitas.content.ArticleCatalogue;
import org.civitas.content.ArticleChange;
import org.civitas.content.ArticleSummary;
import org.civitas.platform.NotFoundException;
import org.civitas.publishing.internal.Address;
import org.civitas.publishing.internal.PagePaths;
import org.civitas.publishing.internal.PublicSite;
import org.civitas.publishing.internal.SiteCluster;
import org.civitas.site.SiteView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public change feed of a site's articles for provincial and national aggregation: no login, paged,
 * oldest change first, with withdrawals in the same feed so that aggregators can remove what a site
 * no longer shows.
 */
@RestController
@Tag(name = "Public articles", description = "Published articles of a site, for aggregation platforms")
class PublicArticlesApi {

    static final int MAX_SIZE = 100;

    private final SiteCluster cluster;
    private final PublicSite site;
    private final ArticleCatalogue catalogue;
    private final MessageSource messages;

    PublicArticlesApi(SiteCluster cluster, PublicSite site, ArticleCatalogue catalogue, MessageSource messages) {
        this.cluster = cluster;
        this.site = site;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** One entry of the feed: an article as published now, or an article's withdrawal from the site. */
    @Schema(oneOf = {ArticleEntry.class, WithdrawalEntry.class})
    sealed interface Entry permits ArticleEntry, WithdrawalEntry {
        long id();

        boolean withdrawn();

        Instant at();
    }

    /**
     * One article as aggregation platforms receive it.
     *
     * @param withdrawn always {@code false}: the article is on the site
     * @param at when its public content last changed (equal to {@code updatedAt}); the feed's order
     * @param url the article's page on this site
     * @param sourceSiteCode the site that wrote it: this site, or the source of a shared copy
     * @param canonicalUrl the article's page on its source site (equal to {@code url} unless shared), so that
     *     aggregators can recognise one article carried by several sites
     */
    @Schema(description = "An article published on the site, as it is now")
    record ArticleEntry(
            long id,

            @Schema(description = "Always false for an article on the site")
            boolean withdrawn,

            @Schema(description = "When its public content last changed; the feed's order")
            Instant at,

            String title,
            String subtitle,
            String summary,
            String url,
            String sourceSiteCode,
            String canonicalUrl,
            String indexNumber,
            Instant publishedAt,
            Instant updatedAt)
            implements Entry {}

    /**
     * An article withdrawn from the site (withdrawn by its editors, or a share to this site ended): an
     * aggregator removes its copy. Listed until the article is published on the site again, when an
     * {@link ArticleEntry} takes its place.
     */
    @Schema(description = "An article withdrawn from the site: remove it")
    record WithdrawalEntry(
            long id,
            @Schema(description = "Always true") boolean withdrawn,

            @Schema(description = "When it was withdrawn; the feed's order")
            Instant at)
            implements Entry {}

    record ArticlePage(List<Entry> items, int page, int size, long totalItems, int totalPages) {}

    @GetMapping("/api/v1/sites/{siteCode}/articles")
    @Operation(
            summary = "Changes of a site's articles since a time: published, updated and withdrawn",
            description = "One feed, oldest change first (by `at`, then `id`): an article published or changed at or"
                    + " after `since` comes as the article (`withdrawn: false`), an article withdrawn from the site"
                    + " (withdrawn, or a share to the site ended) as `{\"id\": …, \"withdrawn\": true, \"at\": …}`."
                    + " Each article appears at most once, in its latest state: withdrawn and published again, it comes"
                    + " as the article. To sync, apply entries by `id` and, after each full page, ask again with the"
                    + " last entry's `at` as `since` (inclusive: entries at that instant come again) rather than"
                    + " paging deep, so that changes made meanwhile are not skipped (see docs/aggregation-api.md)."
                    + " Answers 400 with a problem detail for a malformed `since`, a negative page or a size"
                    + " outside 1..100, and 404 for an unknown or offline site.")
    ArticlePage articles(
            @PathVariable String siteCode,
            @Parameter(description = "ISO-8601 instant, e.g. 2026-01-01T00:00:00Z; omitted: from the beginning")
                    @RequestParam(required = false)
                    String since,
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "20") String size,
            HttpServletRequest request) {
        Instant from = parseSince(since);
        int pageNumber = parseInt("page", page, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = parseInt("size", size, 1, MAX_SIZE);
        SiteView view = cluster.snapshot().byCode(siteCode).orElseThrow(() -> new NotFoundException("Site", siteCode));
        Address address = site.hostAddress(view);
        Page<ArticleChange> result = catalogue.changesSince(view.id(), from, PageRequest.of(pageNumber, pageSize));
        List<Entry> items = result.getContent().stream()
                .map(c -> c.withdrawn() ? new WithdrawalEntry(c.id(), true, c.at()) : entry(view, address, c))
                .toList();
        return new ArticlePage(items, pageNumber, pageSize, result.getTotalElements(), result.getTotalPages());
    }

    private Entry entry(SiteView view, Address address, ArticleChange change) {
        ArticleSummary a = change.article();
        return new ArticleEntry(
                a.id(),
                false,
                change.at(),
                a.title(),
                a.subtitle(),
                a.summary(),
                url(address, a),
                source(view, a).siteCode(),
                url(site.hostAddress(source(view, a)), a),
                a.indexNumber(),
                a.publishedAt(),
                a.updatedAt());
    }

    private static String url(Address address, ArticleSummary a) {
        return a.externalUrl() != null ? a.externalUrl() : address.absolute(PagePaths.article(a.id()));
    }

    private SiteView source(SiteView view, ArticleSummary a) {
        return a.sourceSiteId() == view.id()
                ? view
                : cluster.snapshot().byId(a.sourceSiteId()).orElse(view);
    }

    @ExceptionHandler(BadParameter.class)
    ProblemDetail badParameter(BadParameter e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(e.key, new Object[] {e.name}, e.key, LocaleContextHolder.getLocale()));
        problem.setProperty("code", e.key);
        problem.setProperty("parameter", e.name);
        return problem;
    }

    private static Instant parseSince(String since) {
        if (since == null || since.isBlank()) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameter("since", "publishing.api.error.since");
        }
    }

    private static int parseInt(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadParameter(name, "publishing.api.error." + name);
    }

    static final class BadParameter extends RuntimeException {
        final String name;
        final String key;

        BadParameter(String name, String key) {
            super(name);
            this.name = name;
            this.key = key;
        }
    }
}
