package org.civitas.content.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ArticleService;
import org.civitas.content.ArticleView;
import org.civitas.platform.DomainException;
import org.civitas.site.ChannelView;
import org.civitas.site.ContentLanguage;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Articles for editors' tools and reporting units' systems (API token or console session): write an
 * article into a channel named by site and channel code, optionally submitting it at once, and read it
 * back. Permissions are the service's ({@code content:write} over the site's organisation); refusals
 * are problem details naming the reason.
 */
@RestController
@RequestMapping("/api/v1/articles")
@Tag(name = "Articles", description = "Writing and submitting articles of the sites the caller edits")
class ArticleApiController {

    private final ArticleService articles;
    private final SiteDirectory sites;

    ArticleApiController(ArticleService articles, SiteDirectory sites) {
        this.articles = articles;
        this.sites = sites;
    }

    @PostMapping
    @Operation(
            summary = "Create an article (and submit it)",
            description = "Creates a draft in the channel channelCode of the site siteCode; with submit=true it goes"
                    + " on to the channel's review chain at once (a channel without a chain publishes it). The body"
                    + " is sanitized; attachments and the cover are blob ids from POST /api/v1/blobs.")
    ResponseEntity<ArticleView> create(@RequestBody ArticleRequest request) {
        if (request == null || request.article() == null) {
            throw DomainException.onField("article", "content.title.required");
        }
        SiteView site = sites.findByCode(
                        request.siteCode() == null ? "" : request.siteCode().strip())
                .orElseThrow(() -> DomainException.onField("siteCode", "content.site.unknownCode", request.siteCode()));
        long channelId = channelId(site, request.channelCode());
        ArticleView created =
                articles.create(site.id(), channelId, request.article().draft());
        if (Boolean.TRUE.equals(request.submit())) {
            created = articles.submit(created.id());
        }
        return ResponseEntity.created(URI.create("/api/v1/articles/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An article of a site the caller edits, as its editors see it")
    ArticleView get(@PathVariable long id) {
        return articles.get(id);
    }

    private long channelId(SiteView site, String code) {
        return channel(sites, site, code);
    }

    /** The id of the site's channel with the code; refused naming the code when there is none. */
    static long channel(SiteDirectory sites, SiteView site, String code) {
        String wanted = code == null ? "" : code.strip();
        return find(sites.channels(site.id()), wanted)
                .map(ChannelView::id)
                .orElseThrow(() ->
                        DomainException.onField("channelCode", "content.channel.unknownCode", wanted, site.siteCode()));
    }

    private static java.util.Optional<ChannelView> find(java.util.List<ChannelView> tree, String code) {
        for (ChannelView c : tree) {
            if (c.code().equals(code)) {
                return java.util.Optional.of(c);
            }
            var below = find(c.children(), code);
            if (below.isPresent()) {
                return below;
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * An article to create.
     *
     * @param siteCode the site's 网站标识码
     * @param channelCode the channel's code within the site, e.g. {@code news-notices}
     * @param submit whether to submit it at once
     */
    record ArticleRequest(String siteCode, String channelCode, Boolean submit, DraftRequest article) {}

    /** The fields of {@link ArticleDraft}, each optional (boxed, so that a missing one is not an error). */
    record DraftRequest(
            String title,
            String subtitle,
            String summary,
            String bodyHtml,
            Long coverBlobId,
            List<Long> attachmentBlobIds,
            String source,
            String author,
            List<String> tags,
            Boolean pinned,
            Integer sortOrder,
            String externalUrl,
            Instant publishAt,
            Instant withdrawAt,
            ArticleDraft.Disclosure disclosure,
            ContentLanguage language) {

        ArticleDraft draft() {
            return new ArticleDraft(
                    title,
                    subtitle,
                    summary,
                    bodyHtml,
                    coverBlobId,
                    attachmentBlobIds,
                    source,
                    author,
                    tags,
                    Boolean.TRUE.equals(pinned),
                    sortOrder == null ? 0 : sortOrder,
                    externalUrl,
                    publishAt,
                    withdrawAt,
                    disclosure,
                    language);
        }
    }
}
