package org.civitas.content.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.civitas.content.ShareService;
import org.civitas.content.ShareState;
import org.civitas.content.ShareView;
import org.civitas.platform.DomainException;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sharing across sites for editors' tools: push an article to a channel of another site, and, on the
 * receiving site, list, accept, decline and remove shares. Permissions are the service's; refusals are
 * problem details naming the reason.
 */
@RestController
@RequestMapping("/api/v1/shares")
@Tag(name = "Shares", description = "Pushing articles to other sites of the cluster and deciding on pushes received")
class ShareApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final ShareService shares;
    private final SiteDirectory sites;

    ShareApiController(ShareService shares, SiteDirectory sites) {
        this.shares = shares;
        this.sites = sites;
    }

    @PostMapping
    @Operation(
            summary = "Push an article to a channel of another site",
            description = "The article must be published or approved, the caller an editor of its site with"
                    + " content:share, and the channel one that takes pushes. The share is pending until an editor"
                    + " of the receiving site accepts or declines it.")
    ResponseEntity<ShareView> push(@RequestBody PushRequest request) {
        if (request == null || request.articleId() == null) {
            throw DomainException.onField("articleId", "content.share.target.required");
        }
        SiteView site = site(request.siteCode());
        long channelId = ArticleApiController.channel(sites, site, request.channelCode());
        ShareView share = shares.push(request.articleId(), site.id(), channelId);
        return ResponseEntity.created(URI.create("/api/v1/shares/" + share.id()))
                .body(share);
    }

    @GetMapping
    @Operation(
            summary = "Shares received by a site the caller edits, pending first",
            description = "Paged (size at most " + MAX_PAGE_SIZE + ").")
    SharePage incoming(
            @RequestParam String siteCode,
            @RequestParam(required = false) ShareState state,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Page<ShareView> result = shares.incoming(
                site(siteCode).id(), state, PageRequest.of(Math.max(0, page), Math.clamp(size, 1, MAX_PAGE_SIZE)));
        return new SharePage(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements());
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept a pending push: the article shows on the receiving site")
    ShareView accept(@PathVariable long id) {
        return shares.accept(id);
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "Decline a pending push with a reason")
    ShareView decline(@PathVariable long id, @RequestBody(required = false) DeclineRequest request) {
        return shares.decline(id, request == null ? null : request.reason());
    }

    @PostMapping("/{id}/remove")
    @Operation(summary = "Take an accepted share off the receiving site")
    ShareView remove(@PathVariable long id) {
        return shares.remove(id);
    }

    private SiteView site(String code) {
        return sites.findByCode(code == null ? "" : code.strip())
                .orElseThrow(() -> DomainException.onField("siteCode", "content.site.unknownCode", code));
    }

    /**
     * @param articleId the article to push
     * @param siteCode the receiving site's 网站标识码
     * @param channelCode the receiving channel's code, e.g. {@code news-counties}
     */
    record PushRequest(Long articleId, String siteCode, String channelCode) {}

    record DeclineRequest(String reason) {}

    /** One page of shares. */
    record SharePage(List<ShareView> items, int page, int size, long total) {}
}
