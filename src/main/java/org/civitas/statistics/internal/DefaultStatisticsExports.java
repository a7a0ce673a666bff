package org.civitas.statistics.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.civitas.identity.AccessControl;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.statistics.StatisticsExported;
import org.civitas.statistics.StatisticsExports;
import org.civitas.statistics.StatisticsFile;
import org.civitas.statistics.StatisticsQuery;
import org.civitas.statistics.StatisticsReport;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports: the figures are gathered and the download audited in one short transaction; the file is
 * then written straight to the response after the commit, so the audit chain's lock is not held while
 * bytes travel to a slow client. A file the client then fails to receive stays audited as downloaded,
 * which errs on the safe side.
 */
@Service
class DefaultStatisticsExports implements StatisticsExports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final DefaultStatisticsService statistics;
    private final ReportXlsx xlsx;
    private final BulletinDocx docx;
    private final MessageSource messages;
    private final AccessControl access;
    private final OrganisationDirectory organisations;
    private final StatisticsSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DefaultStatisticsExports(
            DefaultStatisticsService statistics,
            ReportXlsx xlsx,
            BulletinDocx docx,
            MessageSource messages,
            AccessControl access,
            OrganisationDirectory organisations,
            StatisticsSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.statistics = statistics;
        this.xlsx = xlsx;
        this.docx = docx;
        this.messages = messages;
        this.access = access;
        this.organisations = organisations;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('statistics:read')")
    public StatisticsFile xlsx(StatisticsQuery query) {
        StatisticsReport report = statistics.assemble(query, false);
        ReportTexts texts = texts();
        audit("xlsx", report);
        String name = texts.msg("statistics.file.title", texts.period(report.period())) + ".xlsx";
        return file(name, XLSX, out -> xlsx.write(report, texts, out));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('statistics:read')")
    public StatisticsFile bulletin(StatisticsQuery query) {
        StatisticsReport report = statistics.assemble(query, false);
        ReportTexts texts = texts();
        var bulletin = new BulletinDocx.Bulletin(report, issuer(), LocalDate.now(clock));
        audit("docx", report);
        return file(texts.bulletinTitle(report.period()) + ".docx", DOCX, out -> docx.write(bulletin, texts, out));
    }

    /** The configured issuing office, else the viewer's own organisation (the office that runs the desk). */
    private String issuer() {
        if (settings.bulletinIssuer() != null && !settings.bulletinIssuer().isBlank()) {
            return settings.bulletinIssuer().strip();
        }
        return organisations
                .find(access.requireUser().organisationId())
                .map(OrganisationView::name)
                .orElse("");
    }

    private void audit(String format, StatisticsReport report) {
        events.publishEvent(new StatisticsExported(
                format, report.period().code(), report.group(), report.units().size()));
    }

    private ReportTexts texts() {
        Locale locale = LocaleContextHolder.getLocale();
        return new ReportTexts(messages, locale);
    }

    private static StatisticsFile file(String filename, String contentType, Writer writer) {
        return new StatisticsFile() {
            @Override
            public String filename() {
                return filename;
            }

            @Override
            public String contentType() {
                return contentType;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                writer.write(out);
            }
        };
    }

    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out) throws IOException;
    }
}
