package org.civitas.publishing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.civitas.publishing.internal.PublicSite;
import org.civitas.publishing.internal.Theme;
import org.civitas.publishing.internal.ThemeRegistry;
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
    private final SiteFileLookup files;
    private final ThemeRegistry themes;

    PublicFilesController(PublicSite site, SiteFileLookup files, ThemeRegistry themes) {
        this.site = site;
        this.files = files;
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
        return files.of(
                        target.get().address().site().id(),
                        key,
                        CacheControl.noCache().cachePublic())
                .orElseGet(() -> ResponseEntity.notFound().build());
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
