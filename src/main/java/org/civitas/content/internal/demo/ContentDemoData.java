package org.civitas.content.internal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.civitas.content.ArticleDraft;
import org.civitas.content.internal.IndexNumberIssuer;
import org.civitas.content.trusted.ArticleOperations;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.DemoData;
import org.civitas.site.ChannelType;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Demo articles in every list and disclosure channel of every demo site, published through
 * {@link ArticleOperations} (audited as {@code demo}) over the past weeks, the first headline of each
 * site pinned, disclosure documents with their metadata and generated index numbers (their channels with
 * index categories, so the numbers read e.g. {@code 5132210001/GKML/2026-00001}); the portal's county
 * and department news take pushes, and carries two counties' first headlines.
 */
@Component
class ContentDemoData implements DemoData {

    private static final String ACTOR = "demo";
    private static final int PER_CHANNEL = 3;
    private static final String PORTAL = "5132000001";

    /** Index-number categories of the blueprints' disclosure channels (政府信息公开, 公开目录). */
    private static final java.util.Map<String, String> INDEX_CATEGORIES =
            java.util.Map.of("disclosure", "XXGK", "disclosure-catalogue", "GKML");

    private final ArticleOperations operations;
    private final SiteDirectory sites;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    ContentDemoData(
            ArticleOperations operations, SiteDirectory sites, OrganisationDirectory organisations, Clock clock) {
        this.operations = operations;
        this.sites = sites;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void create() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        int step = 0;
        java.util.Map<String, Long> firstHeadline = new java.util.HashMap<>();
        for (SiteView site : sites.all()) {
            String org = organisations
                    .find(site.organisationId())
                    .map(OrganisationView::name)
                    .orElse(site.name());
            List<ChannelView> channels = articleChannels(sites.channels(site.id()));
            for (ChannelView channel : channels) {
                String category = INDEX_CATEGORIES.get(channel.code());
                if (category != null && channel.type() == ChannelType.DISCLOSURE) {
                    operations.indexCategory(ACTOR, site.siteCode(), channel.code(), category);
                }
            }
            // each site pins its first headline (department sites have no 要闻 and pin in 工作动态)
            String pinIn =
                    channels.stream().anyMatch(c -> c.code().equals("news-headlines")) ? "news-headlines" : "news";
            for (ChannelView channel : channels) {
                List<DemoArticles.Text> texts = DemoArticles.forChannel(channel.code());
                int count = Math.min(PER_CHANNEL, texts.size());
                for (int i = 0; i < count; i++) {
                    // spread over the past weeks, newest first in each channel, distinct times across the cluster
                    Instant publishAt = now.minus(Duration.ofHours(9L * i * 24 / 2 + 7L * (step++ % 11) + 2));
                    boolean pinned = i == 0 && channel.code().equals(pinIn);
                    var article = operations.publish(
                            ACTOR,
                            site.siteCode(),
                            channel.code(),
                            draft(texts.get(i), site, org, channel, publishAt, pinned, i + 1));
                    if (i == 0 && channel.code().equals("news-headlines")) {
                        firstHeadline.put(site.siteCode(), article.id());
                    }
                }
            }
        }
        share(firstHeadline);
    }

    /** The portal takes county news by push; two counties' first headlines are on it already. */
    private void share(java.util.Map<String, Long> firstHeadline) {
        if (sites.findByCode(PORTAL).isEmpty()) {
            return;
        }
        operations.openToPushes(ACTOR, PORTAL, "news-counties");
        operations.openToPushes(ACTOR, PORTAL, "news-departments");
        for (String county : List.of("5132210001", "5132250001")) {
            Long id = firstHeadline.get(county);
            if (id != null) {
                operations.share(ACTOR, id, PORTAL, "news-counties");
            }
        }
    }

    private static ArticleDraft draft(
            DemoArticles.Text text,
            SiteView site,
            String org,
            ChannelView channel,
            Instant publishAt,
            boolean pinned,
            int number) {
        String siteName = site.name().startsWith("中国") ? site.name().substring(2) : site.name();
        StringBuilder body = new StringBuilder();
        for (String paragraph : text.paragraphs()) {
            body.append("<p>")
                    .append(HtmlUtils.htmlEscape(fill(paragraph, siteName, org)))
                    .append("</p>");
        }
        ArticleDraft.Disclosure disclosure = null;
        if (channel.type() == ChannelType.DISCLOSURE) {
            LocalDate written =
                    LocalDate.ofInstant(publishAt, IndexNumberIssuer.ZONE).minusDays(2);
            disclosure = new ArticleDraft.Disclosure(
                    siteName.charAt(0) + "府发〔" + written.getYear() + "〕" + number + "号",
                    org,
                    written,
                    text.subject() == null ? "综合政务" : text.subject(),
                    "有效");
        }
        return new ArticleDraft(
                fill(text.title(), siteName, org),
                null,
                fill(text.summary(), siteName, org),
                body.toString(),
                null,
                List.of(),
                org,
                null,
                List.of(),
                pinned,
                0,
                null,
                publishAt,
                null,
                disclosure,
                null);
    }

    private static String fill(String template, String site, String org) {
        return template.replace("{site}", site).replace("{org}", org);
    }

    private static List<ChannelView> articleChannels(List<ChannelView> tree) {
        List<ChannelView> out = new ArrayList<>();
        for (ChannelView c : tree) {
            if (c.type() == ChannelType.LIST || c.type() == ChannelType.DISCLOSURE) {
                out.add(c);
            }
            out.addAll(articleChannels(c.children()));
        }
        return out;
    }
}
