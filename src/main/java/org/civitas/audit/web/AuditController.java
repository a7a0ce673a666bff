package org.civitas.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.civitas.audit.AuditEntry;
import org.civitas.audit.AuditOutcome;
import org.civitas.audit.AuditPermissions;
import org.civitas.audit.AuditTrail;
import org.civitas.platform.AuditSummary;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's console: the filtered trail, its CSV export and the chain check. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasAuthority('" + AuditPermissions.READ + "')")
class AuditController {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final AuditTrail trail;
    private final MessageSource messages;
    private final Clock clock;
    private final TrailNames names;

    AuditController(AuditTrail trail, MessageSource messages, Clock clock, TrailNames names) {
        this.trail = trail;
        this.messages = messages;
        this.clock = clock;
        this.names = names;
    }

    @GetMapping
    public String list(
            @ModelAttribute("auditFilter") AuditFilter filter,
            BindingResult binding,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        filter.validate(binding);
        Page<AuditEntry> results = binding.hasErrors()
                ? Page.empty(PageRequest.of(0, PAGE_SIZE))
                : trail.search(filter.toQuery(zone()), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("results", results);
        Map<Long, String> summaries = new HashMap<>();
        TrailNames.Units units = names.units();
        results.forEach(e -> summaries.put(e.id(), summary(e.summary(), units, locale)));
        model.addAttribute("summaries", summaries);
        model.addAttribute(
                "people", names.people(results.stream().map(AuditEntry::actor).collect(Collectors.toSet())));
        model.addAttribute("filterQuery", filter.queryString());
        model.addAttribute("zone", zone());
        model.addAttribute("outcomes", AuditOutcome.values());
        return "admin/audit/list";
    }

    /** Streams the filtered trail as CSV: UTF-8 with a byte order mark so that Excel reads Chinese correctly. */
    @GetMapping("/export.csv")
    public void export(
            @ModelAttribute("auditFilter") AuditFilter filter,
            BindingResult binding,
            HttpServletResponse response,
            Locale locale)
            throws IOException {
        filter.validate(binding);
        if (binding.hasErrors()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        ZoneId zone = zone();
        String filename = "audit-" + FILE_TIME.format(clock.instant().atZone(zone)) + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.write('\uFEFF');
        var csv = new CsvWriter(out);
        TrailNames.Units units = names.units();
        csv.row(
                text("audit.column.id", locale),
                text("audit.column.time", locale) + " (" + zone.getId() + ")",
                text("audit.column.actor", locale),
                text("audit.column.address", locale),
                text("audit.column.actionCode", locale),
                text("audit.column.action", locale),
                text("audit.column.objectType", locale),
                text("audit.column.objectId", locale),
                text("audit.column.summary", locale),
                text("audit.column.outcome", locale));
        trail.export(
                filter.toQuery(zone),
                e -> csv.row(
                        String.valueOf(e.id()),
                        TIME.format(e.occurredAt().atZone(zone)),
                        e.actor(),
                        e.address(),
                        e.action(),
                        label("audit.action.", e.action(), locale),
                        e.objectType(),
                        e.objectId(),
                        summary(e.summary(), units, locale),
                        text("audit.outcome." + e.outcome().name(), locale)));
        out.flush();
    }

    @PostMapping("/verify")
    public String verify(Model model) {
        model.addAttribute("verification", trail.verifyChain());
        return "admin/audit/verification";
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /**
     * A summary in the reader's language: a stored key with its arguments is rendered from the
     * bundles; plain text (sign-in codes, records written before summaries were localised) is shown
     * by its label where one exists, else as written.
     */
    private String summary(String stored, TrailNames.Units units, Locale locale) {
        if (stored == null) {
            return "";
        }
        return AuditSummary.decode(stored)
                .map(message -> messages.getMessage(units.named(message), locale))
                .orElseGet(() -> label("audit.summary.", stored, locale));
    }

    /** The readable name under {@code prefix + code} where one exists, else the code itself. */
    private String label(String prefix, String code, Locale locale) {
        return code == null ? null : messages.getMessage(prefix + code, null, code, locale);
    }
}
