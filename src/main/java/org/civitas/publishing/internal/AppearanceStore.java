package org.civitas.publishing.internal;

import static org.civitas.site.SitePermissions.SITE_CREATE;
import static org.civitas.site.SitePermissions.SITE_MANAGE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.publishing.Appearance;
import org.civitas.publishing.AppearanceChanged;
import org.civitas.publishing.AppearanceService;
import org.civitas.site.SiteService;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.civitas.storage.BlobAccess;
import org.civitas.storage.trusted.BlobReader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appearance settings in {@code publishing_site_appearance}, kept in memory for rendering. */
@Service
@Transactional(readOnly = true)
class AppearanceStore implements AppearanceService {

    private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");
    private static final Set<String> IMAGE_TYPES =
            Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml");
    private static final int MAX_FOOTER = 500;
    /** WCAG 2.1 AA for normal text: white header text on the colour must reach this ratio. */
    private static final double MIN_CONTRAST = 4.5;

    private final JdbcClient jdbc;
    private final SiteService sites;
    private final SiteDirectory directory;
    private final BlobReader blobs;
    private final BlobAccess blobAccess;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<Long, Appearance> cache = new ConcurrentHashMap<>();

    AppearanceStore(
            JdbcClient jdbc,
            SiteService sites,
            SiteDirectory directory,
            BlobReader blobs,
            BlobAccess blobAccess,
            ApplicationEventPublisher events,
            Clock clock) {
        this.blobAccess = blobAccess;
        this.jdbc = jdbc;
        this.sites = sites;
        this.directory = directory;
        this.blobs = blobs;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Appearance get(long siteId) {
        return cache.computeIfAbsent(
                siteId,
                id -> jdbc.sql(
                                "select logo_blob_id, primary_colour, footer_text from publishing_site_appearance where site_id = ?")
                        .param(id)
                        .query((rs, n) -> new Appearance(
                                rs.getObject(1) == null ? null : rs.getLong(1), rs.getString(2), rs.getString(3)))
                        .optional()
                        .orElse(Appearance.none()));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyAuthority('" + SITE_CREATE + "', '" + SITE_MANAGE + "')")
    public Appearance change(long siteId, Appearance requested) {
        SiteView site = directory.findById(siteId).orElseThrow(() -> new NotFoundException("Site", siteId));
        if (!sites.canManage(siteId)) {
            throw new AccessDeniedException("Not an administrator of site " + site.siteCode());
        }
        Appearance appearance = validate(siteId, requested);
        int updated = jdbc.sql("update publishing_site_appearance set logo_blob_id = ?, primary_colour = ?,"
                        + " footer_text = ?, updated_by = ?, updated_at = ? where site_id = ?")
                .params(
                        appearance.logoBlobId(),
                        appearance.primaryColour(),
                        appearance.footerText(),
                        username(),
                        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                        siteId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into publishing_site_appearance (site_id, logo_blob_id, primary_colour, footer_text,"
                            + " updated_by, updated_at) values (?, ?, ?, ?, ?, ?)")
                    .params(
                            siteId,
                            appearance.logoBlobId(),
                            appearance.primaryColour(),
                            appearance.footerText(),
                            username(),
                            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .update();
        }
        cache.remove(siteId);
        events.publishEvent(new AppearanceChanged(siteId, site.siteCode(), appearance));
        return appearance;
    }

    /** Forgets the cached settings of a site, e.g. after a transaction that changed them rolled back. */
    void forget(long siteId) {
        cache.remove(siteId);
    }

    private Appearance validate(long siteId, Appearance requested) {
        String colour = blankToNull(requested.primaryColour());
        if (colour != null) {
            colour = colour.toLowerCase(Locale.ROOT);
            if (!HEX.matcher(colour).matches()) {
                throw DomainException.onField("primaryColour", "publishing.appearance.error.colour");
            }
            double contrast = contrastWithWhite(colour);
            if (contrast < MIN_CONTRAST) {
                throw DomainException.onField(
                        "primaryColour",
                        "publishing.appearance.error.contrast",
                        String.format(Locale.ROOT, "%.1f", contrast),
                        MIN_CONTRAST);
            }
        }
        String footer = blankToNull(requested.footerText());
        if (footer != null && footer.length() > MAX_FOOTER) {
            throw DomainException.onField("footerText", "publishing.appearance.error.footer", MAX_FOOTER);
        }
        Long logo = requested.logoBlobId();
        if (logo != null && !logo.equals(get(siteId).logoBlobId())) {
            // a new logo goes on public pages: it must be a file the administrator may read and make public
            var readable = blobAccess
                    .readable(logo)
                    .orElseThrow(() -> DomainException.onField("logo", "publishing.appearance.error.logoMissing"));
            if (!readable.publishable()) {
                throw DomainException.onField("logo", "publishing.appearance.error.logoNotPublic");
            }
        }
        if (logo != null) {
            var blob = blobs.find(logo)
                    .orElseThrow(() -> DomainException.onField("logo", "publishing.appearance.error.logoMissing"));
            if (!IMAGE_TYPES.contains(blob.contentType().toLowerCase(Locale.ROOT))) {
                throw DomainException.onField("logo", "publishing.appearance.error.logoType");
            }
        }
        return new Appearance(logo, colour, footer);
    }

    /** Contrast ratio of white against the colour, as WCAG defines it. */
    static double contrastWithWhite(String hex) {
        double luminance = 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(String hex, int at) {
        double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String username() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null ? authentication.getName() : "system";
    }
}
