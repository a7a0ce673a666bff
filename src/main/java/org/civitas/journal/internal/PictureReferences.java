package org.civitas.journal.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.ObjLongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.journal.EditionView;
import org.civitas.journal.PictureAddresses;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Finds the stored pictures an edition's items show, by their {@code <img src>}: the edition's own picture
 * address, the storage module's download address (where the console's rich-text editor puts uploaded
 * pictures), and the addresses other modules declare ({@link PictureAddresses}, e.g. submissions' pictures).
 */
@Component
class PictureReferences {

    /** An edition's picture ({@link org.civitas.journal.EditionPictureAccess#path}), of this or any edition. */
    private static final Pattern EDITION_PICTURE =
            Pattern.compile("^/admin/editions/(\\d{1,18})/pictures/(\\d{1,18})$");

    /** The storage module's HTTP API download address, which richtext.js inserts for an uploaded picture. */
    private static final Pattern STORED_BLOB = Pattern.compile("^/api/v1/blobs/(\\d{1,18})$");

    private final List<PictureAddresses> addresses;

    PictureReferences(List<PictureAddresses> addresses) {
        this.addresses = List.copyOf(addresses);
    }

    /**
     * A stored picture's address, parsed.
     *
     * @param editionId the edition whose picture address it is, or null
     * @param module the module whose address it is, or null (an edition's or the storage module's own)
     */
    record Reference(long blobId, Long editionId, PictureAddresses module) {}

    /** The blob {@code src} points at, or empty when it is no stored picture's address. */
    OptionalLong blobId(String src) {
        return reference(src).map(r -> OptionalLong.of(r.blobId())).orElseGet(OptionalLong::empty);
    }

    /** Where {@code src} points, or empty when it is no stored picture's address. */
    Optional<Reference> reference(String src) {
        if (src == null || src.isBlank()) {
            return Optional.empty();
        }
        String address = src.strip();
        Matcher edition = EDITION_PICTURE.matcher(address);
        if (edition.matches()) {
            return Optional.of(new Reference(Long.parseLong(edition.group(2)), Long.parseLong(edition.group(1)), null));
        }
        Matcher stored = STORED_BLOB.matcher(address);
        if (stored.matches()) {
            return Optional.of(new Reference(Long.parseLong(stored.group(1)), null, null));
        }
        for (PictureAddresses module : addresses) {
            OptionalLong id = module.blobId(address);
            if (id.isPresent()) {
                return Optional.of(new Reference(id.getAsLong(), null, module));
            }
        }
        return Optional.empty();
    }

    /** The stored pictures {@code html} shows, in order, each once. */
    List<Reference> references(String html) {
        if (!mayShowPictures(html)) {
            return List.of();
        }
        return parse(html).select("img[src]").stream()
                .map(img -> reference(img.attr("src")))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }

    /** The blobs the edition's items show, in the order they appear. */
    Set<Long> shownBy(EditionView edition) {
        Set<Long> ids = new LinkedHashSet<>();
        for (EditionView.Section section : edition.sections()) {
            for (EditionView.Item item : section.items()) {
                if (mayShowPictures(item.bodyHtml())) {
                    for (Element img : parse(item.bodyHtml()).select("img[src]")) {
                        blobId(img.attr("src")).ifPresent(ids::add);
                    }
                }
            }
        }
        return ids;
    }

    /**
     * {@code html} with each stored picture's {@code src} replaced by {@code address.apply(blobId)}, or the
     * picture left out where that is null. Other markup is kept; the result is well-formed (XHTML syntax),
     * since the PDF renderer reads it as XML. HTML without a stored picture comes back unchanged.
     */
    String rewrite(String html, LongFunction<String> address) {
        return transform(html, (img, blobId) -> {
            String replacement = address.apply(blobId);
            if (replacement == null) {
                img.remove();
            } else {
                img.attr("src", replacement);
            }
        });
    }

    /**
     * {@code html} after {@code change} has seen each stored picture's element with its blob id (and may change,
     * replace or remove it); well-formed like {@link #rewrite}. HTML without a stored picture comes back unchanged.
     */
    String transform(String html, ObjLongConsumer<Element> change) {
        if (!mayShowPictures(html)) {
            return html;
        }
        Document document = parse(html);
        boolean changed = false;
        for (Element img : document.select("img[src]")) {
            OptionalLong id = blobId(img.attr("src"));
            if (id.isPresent()) {
                change.accept(img, id.getAsLong());
                changed = true;
            }
        }
        return changed ? document.body().html() : html;
    }

    private static boolean mayShowPictures(String html) {
        return html != null && html.contains("<img");
    }

    private static Document parse(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings()
                .prettyPrint(false)
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(org.jsoup.nodes.Entities.EscapeMode.xhtml);
        return document;
    }
}
