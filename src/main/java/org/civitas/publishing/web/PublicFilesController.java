package org.civitas.publishing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.civitas.content.ArticleCatalogue;
import org.civitas.publishing.AppearanceService;
import org.civitas.publishing.internal.PublicSite;
import org.civitas.publishing.internal.Theme;
import org.civitas.publishing.internal.ThemeRegistry;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.BlobReader;
import org.civitas.storage.BlobResponses;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Files of public pages: attachments and covers of published articles and site logos (only those;
 * any other blob is 404 here), named by their random public key, never by the countable blob id (the
 * old numeric addresses answer 404), with byte ranges and ETags handled by Spring MVC for a
 * {@link Resource}; and theme assets with long cache lifetimes (their links carry the theme version).
 */
@RestController
class PublicFilesController {

    /**
     * For every theme asset: opened on its own (an SVG is a document that may carry script), it runs in
     * a sandbox with no origin and may load nothing, so it can neither script nor reach the console's
     * session; as an image, a style sheet or a script included by a page this header does not apply.
     */
    static final String ASSET_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private final PublicSite site;
    private final ArticleCatalogue catalogue;
    private final AppearanceService appearances;
    private final BlobReader blobs;
    private final ThemeRegistry themes;

    PublicFilesController(
            PublicSite site,
            ArticleCatalogue catalogue,
            AppearanceService appearances,
            BlobReader blobs,
            ThemeRegistry themes) {
        this.site = site;
        this.catalogue = catalogue;
        this.appearances = appearances;
        this.blobs = blobs;
        this.themes = themes;
    }

    @GetMapping({"/files/{key:[A-Za-z0-9_-]{20,36}}/{name}", "/s/{siteCode}/files/{key:[A-Za-z0-9_-]{20,36}}/{name}"})
    ResponseEntity<Resource> file(@PathVariable String key, HttpServletRequest request) {
        String uri = request.getRequestURI();
        Optional<PublicSite.Target> target =
                site.resolve(request.getServerName(), uri, CachedPageFilter.origin(request, uri));
        if (target.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        long siteId = target.get().address().site().id();
        Optional<BlobInfo> blob = blobs.findByPublicKey(key)
                .filter(b -> Long.valueOf(b.id()).equals(appearances.get(siteId).logoBlobId())
                        || catalogue.isPublicBlob(siteId, b.id()));
        if (blob.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        BlobInfo info = blob.get();
        boolean image = info.contentType().toLowerCase(Locale.ROOT).startsWith("image/");
        return BlobResponses.of(
                info,
                () -> blobs.open(info.id(), 0, info.size()),
                image,
                CacheControl.noCache().cachePublic());
    }

    @GetMapping("/assets/{theme}/**")
    ResponseEntity<byte[]> asset(@PathVariable String theme, HttpServletRequest request) {
        String uri = request.getRequestURI();
        String base = "/assets/" + theme + "/";
        String path = uri.startsWith(base) ? uri.substring(base.length()) : "";
        Theme chosen = themes.theme(theme);
        Optional<Theme.Asset> asset = chosen.name().equals(theme) ? chosen.asset(path) : Optional.empty();
        if (asset.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .cacheControl(
                        CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
                .eTag("\"" + chosen.version() + "\"")
                .contentType(MediaType.parseMediaType(asset.get().contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", ASSET_CSP)
                .body(asset.get().content());
    }
}
