package org.civitas.storage.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.civitas.platform.DomainException;
import org.civitas.storage.UploadTypes;
import org.civitas.storage.UploadTypesChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The allow-list in one row of {@code storage_upload_types}; no row means the defaults. */
@Service
class JdbcUploadTypes implements UploadTypes {

    /** Office documents (Microsoft, WPS, OpenDocument), PDF and OFD, text, pictures, archives, audio and video. */
    static final List<String> DEFAULTS = List.of(
            "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps", "et", "dps", "odt", "ods", "odp", "rtf", "pdf", "ofd",
            "txt", "csv", "jpg", "jpeg", "png", "gif", "bmp", "webp", "tif", "tiff", "zip", "rar", "7z", "gz", "mp3",
            "wav", "m4a", "mp4", "webm", "avi", "wmv", "mov");

    private static final int ROW = 1;
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,10}");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcUploadTypes(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> allowed() {
        return jdbc.sql("select extensions from storage_upload_types where id = ?")
                .param(ROW)
                .query(String.class)
                .optional()
                .map(JdbcUploadTypes::split)
                .orElseGet(() -> sorted(DEFAULTS));
    }

    @Override
    public List<String> defaults() {
        return sorted(DEFAULTS);
    }

    @Override
    @Transactional
    // identity's settings:write, spelled out: storage does not depend on identity
    @PreAuthorize("hasAuthority('settings:write')")
    public List<String> change(List<String> extensions) {
        List<String> after = normalise(extensions);
        List<String> before = allowed();
        String joined = String.join(",", after);
        String by = SecurityContextHolder.getContext().getAuthentication().getName();
        OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int updated = jdbc.sql(
                        "update storage_upload_types set extensions = ?, changed_by = ?, changed_at = ? where id = ?")
                .params(joined, by, at, ROW)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into storage_upload_types (id, extensions, changed_by, changed_at) values (?, ?, ?, ?)")
                    .params(ROW, joined, by, at)
                    .update();
        }
        events.publishEvent(new UploadTypesChanged(before, after));
        return after;
    }

    /** Lower case, dots dropped, sorted without duplicates; refuses an entry that is no extension. */
    static List<String> normalise(List<String> extensions) {
        List<String> clean = extensions.stream()
                .flatMap(e -> Arrays.stream(e.split("[\\s,，、;；]+")))
                .map(e -> e.strip().toLowerCase(Locale.ROOT))
                .map(e -> e.startsWith("*.") ? e.substring(2) : e.startsWith(".") ? e.substring(1) : e)
                .filter(e -> !e.isEmpty())
                .toList();
        for (String extension : clean) {
            if (!EXTENSION.matcher(extension).matches()) {
                throw DomainException.onField("extensions", "storage.types.error.invalid", extension);
            }
        }
        if (clean.isEmpty()) {
            throw DomainException.onField("extensions", "storage.types.error.empty");
        }
        return sorted(clean);
    }

    private static List<String> split(String joined) {
        return sorted(Arrays.asList(joined.split(",")));
    }

    private static List<String> sorted(List<String> extensions) {
        return extensions.stream().filter(e -> !e.isBlank()).distinct().sorted().toList();
    }
}
