package org.civitas.publishing.web;

import java.util.Locale;
import java.util.Optional;
import org.civitas.content.ArticleCatalogue;
import org.civitas.publishing.AppearanceService;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.BlobResponder;
import org.civitas.storage.trusted.BlobReader;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The files a site's pages show: its logo and the attachments, covers and pictures of its published
 * articles, found by their random public key; any other blob is not one of the site's files.
 */
@Component
class SiteFileLookup {

    private final ArticleCatalogue catalogue;
    private final AppearanceService appearances;
    private final BlobReader blobs;

    SiteFileLookup(ArticleCatalogue catalogue, AppearanceService appearances, BlobReader blobs) {
        this.catalogue = catalogue;
        this.appearances = appearances;
        this.blobs = blobs;
    }

    /** The file, streamed with byte ranges and ETags, or empty when it is not one of the site's files. */
    Optional<ResponseEntity<Resource>> of(long siteId, String key, CacheControl cacheControl) {
        Optional<BlobInfo> blob = blobs.findByPublicKey(key)
                .filter(b -> Long.valueOf(b.id()).equals(appearances.get(siteId).logoBlobId())
                        || catalogue.isPublicBlob(siteId, b.id()));
        return blob.map(info -> BlobResponder.of(
                info,
                () -> blobs.open(info.id(), 0, info.size()),
                info.contentType().toLowerCase(Locale.ROOT).startsWith("image/"),
                cacheControl));
    }
}
