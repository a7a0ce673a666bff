package org.civitas.search.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.publishing.PublicPageContext;
import org.civitas.publishing.PublicPageRenderer;
import org.civitas.publishing.PublishingSettings;
import org.civitas.publishing.view.Link;
import org.civitas.publishing.view.SearchPage;
import org.civitas.search.internal.PublicSearchCache;
import org.civitas.search.internal.PublicSearcher;
import org.civitas.search.internal.Snippets;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search page of every public site ({@code /search} by host, {@code /s/<code>/search} by path),
 * rendered in the site's theme. Every parameter is optional and forgiving: unknown values are ignored,
 * never answered with an error page.
 */
@Controller
class PublicSearchController {

    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

    private final PublicPageRenderer pages;
    private final PublicSearchCache searcher;
    private final SearchPageModel model;

    PublicSearchController(PublicPageRenderer pages, PublicSearchCache searcher, PublishingSettings publishing) {
        this.pages = pages;
        this.searcher = searcher;
        this.model = new SearchPageModel(pages, publishing);
    }

    @GetMapping({"/search", "/s/{siteCode}/search"})
    void search(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String site,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String order,
            @RequestParam(required = false) String page)
            throws IOException {
        Optional<PublicPageContext> context =
                pages.resolve(request.getServerName(), request.getRequestURI(), origin(request));
        if (context.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PublicPageContext ctx = context.get();
        boolean cluster = "cluster".equals(scope);
        List<SiteView> publicSites = pages.publicSites();
        Set<Long> publicIds = publicSites.stream().map(SiteView::id).collect(Collectors.toSet());
        Long chosenSite = cluster ? number(site).filter(publicIds::contains).orElse(null) : null;
        Set<Long> siteIds = !cluster ? Set.of(ctx.site().id()) : chosenSite != null ? Set.of(chosenSite) : publicIds;
        List<ChannelView> channels =
                cluster ? List.of() : pages.channels(ctx.site().id());
        Long channelId = cluster
                ? null
                : number(channel)
                        .filter(id -> channels.stream().anyMatch(c -> c.id() == id))
                        .orElse(null);
        String kindValue = kind != null && SearchPageModel.KINDS.contains(kind) ? kind : null;
        boolean byDate = "date".equals(order);
        PublicSearcher.Query query = new PublicSearcher.Query(
                q,
                siteIds,
                channelId,
                kindValue,
                date(from),
                date(to),
                byDate,
                number(page).orElse(1L).intValue());
        PublicSearcher.Results results = searcher.search(query);

        List<SearchPage.Result> items = new ArrayList<>();
        Map<Long, String> siteNames = publicSites.stream().collect(Collectors.toMap(SiteView::id, SiteView::name));
        Map<Long, String> channelNames = new HashMap<>();
        for (PublicSearcher.Hit hit : results.hits()) {
            items.add(new SearchPage.Result(
                    pages.articleLink(ctx, hit.siteId(), hit.articleId()),
                    segments(hit.title()),
                    segments(hit.snippet()),
                    siteNames.getOrDefault(hit.siteId(), ""),
                    hit.channelId() == null
                            ? ""
                            : channelNames.computeIfAbsent(
                                    hit.siteId() * 1_000_003 + hit.channelId(),
                                    k -> channelName(hit.siteId(), hit.channelId())),
                    model.date(hit.date())));
        }
        List<Link> suggestions = new ArrayList<>();
        String clusterLink = null;
        if (SearchPageModel.none(results)) {
            for (String word : results.suggestions()) {
                suggestions.add(new Link(word, link(ctx, word, cluster ? "cluster" : null)));
            }
            if (!cluster
                    && searcher.count(new PublicSearcher.Query(q, publicIds, null, null, null, null, false, 1)) > 0) {
                clusterLink = link(ctx, results.text(), "cluster");
            }
        }
        SearchPage.Form search = model.form(
                ctx,
                results,
                cluster,
                chosenSite,
                publicSites,
                channels,
                channelId,
                kindValue,
                query.from(),
                query.to(),
                byDate,
                items,
                suggestions,
                clusterLink);
        var view = new SearchPage(
                search, pages.pager(Math.max(1, query.page()), results.pages(), n -> pageLink(request, n)));
        byte[] body = pages.render(ctx, "search", "searchTitle", view).getBytes(StandardCharsets.UTF_8);
        response.setStatus(200);
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CSP);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private String channelName(long siteId, long channelId) {
        return pages.channels(siteId).stream()
                .filter(c -> c.id() == channelId)
                .map(ChannelView::name)
                .findFirst()
                .orElse("");
    }

    private String link(PublicPageContext ctx, String q, String scope) {
        UriComponentsBuilder b =
                UriComponentsBuilder.fromPath(pages.link(ctx, "/search")).queryParam("q", q);
        if (scope != null) {
            b.queryParam("scope", scope);
        }
        return b.encode().build().toUriString();
    }

    private static String pageLink(HttpServletRequest request, int n) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page", n)
                .build()
                .toUriString();
    }

    static List<SearchPage.Segment> segments(List<Snippets.Segment> segments) {
        return segments.stream()
                .map(s -> new SearchPage.Segment(s.text(), s.hit()))
                .toList();
    }

    private static Optional<Long> number(String value) {
        if (value == null || value.isBlank() || value.length() > 18) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.strip())).filter(n -> n > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank() || value.length() > 10) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String origin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean standard =
                port == 80 && "http".equals(request.getScheme()) || port == 443 && "https".equals(request.getScheme());
        return request.getScheme() + "://" + request.getServerName() + (standard ? "" : ":" + port);
    }
}
