package org.civitas.search.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.civitas.publishing.PublicPageContext;
import org.civitas.publishing.PublicPageRenderer;
import org.civitas.publishing.PublishingSettings;
import org.civitas.publishing.view.Link;
import org.civitas.publishing.view.Option;
import org.civitas.publishing.view.SearchPage;
import org.civitas.search.internal.PublicSearcher;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;

/** The search form's view data for the theme: what was asked and the choices of each filter. */
final class SearchPageModel {

    static final Set<String> KINDS = Set.of("article", "disclosure");

    private final PublicPageRenderer pages;
    private final PublishingSettings publishing;

    SearchPageModel(PublicPageRenderer pages, PublishingSettings publishing) {
        this.pages = pages;
        this.publishing = publishing;
    }

    SearchPage.Form form(
            PublicPageContext ctx,
            PublicSearcher.Results results,
            boolean cluster,
            Long chosenSite,
            List<SiteView> sites,
            List<ChannelView> channels,
            Long channelId,
            String kind,
            LocalDate from,
            LocalDate to,
            boolean byDate,
            List<SearchPage.Result> hits,
            List<Link> suggestions,
            String clusterLink) {
        List<Option> siteOptions = sites.stream()
                .map(s -> new Option(s.name(), String.valueOf(s.id()), chosenSite != null && chosenSite == s.id()))
                .toList();
        List<Option> channelOptions = channels.stream()
                .map(c -> new Option(c.name(), String.valueOf(c.id()), channelId != null && channelId == c.id()))
                .toList();
        return new SearchPage.Form(
                pages.link(ctx, "/search"),
                results.text(),
                cluster,
                results.asked(),
                !results.asked(),
                results.truncated(),
                results.failed(),
                byDate,
                "article".equals(kind),
                "disclosure".equals(kind),
                results.total(),
                from == null ? null : from.toString(),
                to == null ? null : to.toString(),
                siteOptions,
                channelOptions,
                hits,
                none(results),
                suggestions,
                clusterLink);
    }

    /** Whether a query was asked and found nothing (then suggestions and the cluster are offered). */
    static boolean none(PublicSearcher.Results results) {
        return results.asked() && results.total() == 0 && !results.failed();
    }

    String date(Instant instant) {
        return instant == null
                ? ""
                : LocalDate.ofInstant(instant, publishing.zone()).toString();
    }
}
