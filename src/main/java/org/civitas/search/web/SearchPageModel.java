package org.civitas.search.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.publishing.PublicPageContext;
import org.civitas.publishing.PublicPageRenderer;
import org.civitas.publishing.PublishingSettings;
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

    Map<String, Object> form(
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
            boolean byDate) {
        Map<String, Object> search = new HashMap<>();
        search.put("action", pages.link(ctx, "/search"));
        search.put("query", results.text());
        put(search, "cluster", cluster);
        put(search, "asked", results.asked());
        put(search, "blank", !results.asked());
        put(search, "truncated", results.truncated());
        put(search, "failed", results.failed());
        put(search, "byDate", byDate);
        put(search, "articleKind", "article".equals(kind));
        put(search, "disclosureKind", "disclosure".equals(kind));
        search.put("total", results.total());
        if (from != null) {
            search.put("from", from.toString());
        }
        if (to != null) {
            search.put("to", to.toString());
        }
        List<Map<String, Object>> siteOptions = new ArrayList<>();
        for (SiteView s : sites) {
            siteOptions.add(option(s.name(), null, chosenSite != null && chosenSite == s.id()));
            siteOptions.getLast().put("value", String.valueOf(s.id()));
        }
        search.put("sites", siteOptions);
        List<Map<String, Object>> channelOptions = new ArrayList<>();
        for (ChannelView c : channels) {
            channelOptions.add(option(c.name(), null, channelId != null && channelId == c.id()));
            channelOptions.getLast().put("value", String.valueOf(c.id()));
        }
        search.put("channels", channelOptions);
        return search;
    }

    String date(Instant instant) {
        return instant == null
                ? ""
                : LocalDate.ofInstant(instant, publishing.zone()).toString();
    }

    static Map<String, Object> option(String name, String url, boolean selected) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        if (url != null) {
            m.put("url", url);
        }
        if (selected) {
            m.put("selected", true);
        }
        return m;
    }

    private static void put(Map<String, Object> map, String key, boolean value) {
        if (value) {
            map.put(key, true);
        }
    }
}
