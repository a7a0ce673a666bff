package org.civitas.statistics.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.civitas.identity.AccessControl;
import org.civitas.statistics.Figure;
import org.civitas.statistics.PeriodKind;
import org.civitas.statistics.StatisticsExporter;
import org.civitas.statistics.StatisticsFile;
import org.civitas.statistics.StatisticsPermissions;
import org.civitas.statistics.StatisticsReport;
import org.civitas.statistics.StatisticsService;
import org.civitas.statistics.UnitFigureSource;
import org.civitas.statistics.UnitRoster;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The statistics page: a period and kind-of-unit picker (plain GET form), the sums per kind, two charts
 * drawn by {@code /js/statistics.js} from {@code /admin/statistics/chart} (no inline script, as the
 * console's Content-Security-Policy requires), and the sortable table that is the charts' accessible
 * equivalent. Downloads stream the spreadsheet and the bulletin.
 */
@Controller
@RequestMapping("/admin/statistics")
class StatisticsController {

    static final String PATH = "/admin/statistics";
    private static final int YEARS_BACK = 5;

    private final StatisticsService statistics;
    private final StatisticsExporter exports;
    private final UnitRoster roster;
    private final ChartData charts;
    private final AccessControl access;
    private final Clock clock;
    private final List<UnitFigureSource> sources;

    StatisticsController(
            StatisticsService statistics,
            StatisticsExporter exports,
            UnitRoster roster,
            ChartData charts,
            AccessControl access,
            Clock clock,
            List<UnitFigureSource> sources) {
        this.sources = sources;
        this.statistics = statistics;
        this.exports = exports;
        this.roster = roster;
        this.charts = charts;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    String page(StatisticsPageQuery params, Model model) {
        requireRead();
        LocalDate today = LocalDate.now(clock);
        StatisticsPageQuery p = params.complete(today);
        StatisticsReport report = statistics.report(p.query());
        model.addAttribute("p", p);
        model.addAttribute("report", report);
        model.addAttribute("periodLabel", charts.periodLabel(report.period()));
        model.addAttribute("kinds", PeriodKind.values());
        model.addAttribute(
                "years",
                IntStream.rangeClosed(today.getYear() - YEARS_BACK, today.getYear())
                        .boxed()
                        .sorted(java.util.Comparator.reverseOrder())
                        .toList());
        model.addAttribute("groups", roster.groups());
        model.addAttribute("chartUrl", p.link(PATH + "/chart"));
        model.addAttribute("xlsxUrl", p.link(PATH + "/export.xlsx"));
        model.addAttribute("docxUrl", p.link(PATH + "/bulletin.docx"));
        model.addAttribute("columns", columns(p, report));
        model.addAttribute("barTitle", charts.barTitle(report));
        model.addAttribute("trendTitle", charts.trendTitle(report));
        model.addAttribute("rankedFigure", report.figure(report.rankedBy()));
        // figures of zero because the viewer reads nothing they count: say so rather than show bare zeros
        model.addAttribute(
                "whyNothingCounts",
                sources.stream()
                        .map(UnitFigureSource::whyNothingCounts)
                        .flatMap(java.util.Optional::stream)
                        .distinct()
                        .toList());
        return "admin/statistics/index";
    }

    @GetMapping(path = "/chart", produces = "application/json")
    @ResponseBody
    ChartData.Charts chart(StatisticsPageQuery params) {
        requireRead();
        StatisticsPageQuery p = params.complete(LocalDate.now(clock));
        return charts.of(statistics.report(p.query()));
    }

    @GetMapping("/export.xlsx")
    void xlsx(StatisticsPageQuery params, HttpServletResponse response) throws IOException {
        requireRead();
        send(exports.xlsx(params.complete(LocalDate.now(clock)).query()), response);
    }

    @GetMapping("/bulletin.docx")
    void bulletin(StatisticsPageQuery params, HttpServletResponse response) throws IOException {
        requireRead();
        send(exports.bulletin(params.complete(LocalDate.now(clock)).query()), response);
    }

    /**
     * A sortable column: its heading's link and its {@code aria-sort} state.
     *
     * @param ariaSort {@code ascending}, {@code descending} or null when the table is not sorted by it
     */
    record Column(String key, String messageKey, Figure figure, String href, String ariaSort) {}

    private static List<Column> columns(StatisticsPageQuery p, StatisticsReport report) {
        Map<String, String> fixed = new LinkedHashMap<>();
        fixed.put("rank", "statistics.rank");
        fixed.put("name", "statistics.unit");
        fixed.put("group", "statistics.group");
        List<Column> columns = new ArrayList<>();
        fixed.forEach((key, message) -> columns.add(column(p, key, message, null, false)));
        for (Figure f : report.figures()) {
            columns.add(column(p, f.key(), f.messageKey(), f, f.kind() != Figure.Kind.ORDINAL));
        }
        return columns;
    }

    private static Column column(StatisticsPageQuery p, String key, String message, Figure figure, boolean numeric) {
        String aria = key.equals(p.sort()) ? ("desc".equals(p.dir()) ? "descending" : "ascending") : null;
        return new Column(key, message, figure, p.sortLink(PATH, key, numeric), aria);
    }

    private void requireRead() {
        access.requireAny(StatisticsPermissions.READ);
    }

    /** Headers first, then the file straight into the response: nothing is buffered whole here. */
    private static void send(StatisticsFile file, HttpServletResponse response) throws IOException {
        response.setContentType(file.contentType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        file.writeTo(response.getOutputStream());
    }
}
