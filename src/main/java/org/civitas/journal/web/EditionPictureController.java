package org.civitas.journal.web;

import java.util.Locale;
import java.util.Set;
import org.civitas.journal.EditionPictureAccess;
import org.civitas.platform.NotFoundException;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.BlobResponder;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pictures of an edition's items, for everyone who may read the edition, whichever module the pictures
 * came from. Whoever may not read the edition, or asks for a blob none of its items shows, gets 404 (never
 * 403), so that a hidden edition or item is not revealed; the permission check is the edition's visibility.
 */
@RestController
class EditionPictureController {

    /** Raster pictures a browser may show inline; anything else is a download. */
    private static final Set<String> INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp");

    private final EditionPictureAccess pictures;

    EditionPictureController(EditionPictureAccess pictures) {
        this.pictures = pictures;
    }

    @GetMapping("/admin/editions/{id}/pictures/{blobId}")
    ResponseEntity<Resource> picture(@PathVariable long id, @PathVariable long blobId) {
        BlobInfo picture = pictures.find(id, blobId).orElseThrow(() -> new NotFoundException("Picture", blobId));
        boolean inline = INLINE.contains(picture.contentType().toLowerCase(Locale.ROOT));
        return BlobResponder.of(
                picture,
                () -> pictures.open(picture),
                inline,
                CacheControl.noCache().cachePrivate());
    }
}
