package org.civitas.reporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.civitas.CivitasApplication;
import org.civitas.identity.OrganisationDraft;
import org.civitas.identity.OrganisationService;
import org.civitas.identity.SecurityLabels;
import org.civitas.journal.Credit;
import org.civitas.journal.EditionExporter;
import org.civitas.journal.EditionItemDraft;
import org.civitas.journal.EditionService;
import org.civitas.journal.JournalService;
import org.civitas.journal.JournalView;
import org.civitas.reporting.DeskService;
import org.civitas.reporting.ReportingUnitService;
import org.civitas.reporting.ReportingUnitView;
import org.civitas.reporting.UnitType;
import org.civitas.reporting.internal.adoption.MinHash;
import org.civitas.reporting.internal.demo.DemoTexts;
import org.civitas.support.RunAs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * bench/desk: the information desk at the scale of a large city — 400 reporting units, 1,000,000
 * submissions over two years — on the database named by {@code bench.database} (h2 or postgres).
 * Not a test: tagged {@code benchmark}, which the build leaves out; {@code bench/desk/run.sh} runs it
 * and bench/README.md explains the method. It writes its figures to {@code bench.out}.
 *
 * <p>The submissions go in with JDBC batches (the services would take hours for a million), with the
 * same MinHash fingerprints the application computes, and one in ten retells an incident another unit
 * reported a few days before, so that the near-duplicate lookup has real work. What is measured then
 * runs through the application's own services, as the office editor and the administrator.
 */
@Tag("benchmark")
class DeskBenchmark {

    private static final int UNITS = Integer.getInteger("bench.units", 400);
    private static final int SUBMISSIONS = Integer.getInteger("bench.submissions", 1_000_000);
    private static final int BATCH = 2_000;
    private static final Random RANDOM = new Random(20081512);

    private ConfigurableApplicationContext context;
    private JdbcTemplate jdbc;
    private final Map<String, String> results = new LinkedHashMap<>();

    @Test
    void run() throws Exception {
        String database = System.getProperty("bench.database", "h2");
        Path work =
                Path.of(System.getProperty("bench.work", "target/bench-desk")).toAbsolutePath();
        Files.createDirectories(work);
        context = start(database, work);
        try {
            jdbc = context.getBean(JdbcTemplate.class);
            List<String> texts = texts(Path.of(
                    System.getProperty("bench.texts", work.resolve("texts.txt").toString())));
            signIn("admin");
            List<ReportingUnitView> units = units();
            generate(units, texts);
            nearDuplicates();
            edition();
            ranking();
        } finally {
            SecurityContextHolder.clearContext();
            context.close();
        }
        var out = new StringBuilder();
        results.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        Path file = Path.of(System.getProperty(
                "bench.out", work.resolve("results-" + database + ".properties").toString()));
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        System.out.print(out);
    }

    private static ConfigurableApplicationContext start(String database, Path work) {
        System.setProperty("civitas.bench", "true"); // TestDatabaseInitializer leaves the database to us
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("civitas.data-dir", work.resolve("data-" + database).toString());
        props.put("civitas.demo.mode", "always");
        props.put("server.port", "0");
        props.put("server.address", "127.0.0.1");
        if (database.equals("postgres")) {
            props.put(
                    "spring.datasource.url",
                    System.getProperty(
                            "bench.url", "jdbc:postgresql://127.0.0.1:5432/civitas_bench?reWriteBatchedInserts=true"));
            props.put("spring.datasource.username", System.getProperty("bench.user", "postgres"));
            props.put("spring.datasource.password", "");
        } else {
            props.put("spring.datasource.url", "jdbc:h2:file:" + work.resolve("h2/civitas") + ";MODE=Regular");
        }
        // as arguments: the builder's properties are only defaults, which application.yml would override
        String[] args = props.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(CivitasApplication.class).run(args);
    }

    private void signIn(String username) {
        RunAs.signIn(context.getBean(UserDetailsService.class), username);
    }

    /** The demo's units, and as many more as {@code bench.units} asks for, flagged in turn as each type. */
    private List<ReportingUnitView> units() {
        var service = context.getBean(ReportingUnitService.class);
        var organisations = context.getBean(OrganisationService.class);
        long root = organisations.visibleTree().getFirst().id();
        signIn("desk.editor"); // the office administers the units; the system administrator makes organisations
        int existing = service.units().size();
        UnitType[] types = UnitType.values();
        List<Long> created = new ArrayList<>();
        signIn("admin");
        for (int i = existing; i < UNITS; i++) {
            created.add(organisations
                    .create(new OrganisationDraft("基准报送单位" + (i + 1), "bench-unit-" + (i + 1), "DEPARTMENT", root, i))
                    .id());
        }
        signIn("desk.editor");
        for (int i = 0; i < created.size(); i++) {
            service.flag(created.get(i), types[i % types.length]);
        }
        List<ReportingUnitView> units = service.units();
        results.put("units", String.valueOf(units.size()));
        return units;
    }

    private void generate(List<ReportingUnitView> units, List<String> texts) {
        long present = jdbc.queryForObject("select count(*) from reporting_submission", Long.class);
        if (present >= SUBMISSIONS) {
            results.put("submissions", String.valueOf(present));
            results.put("generate.seconds", "0 (already there)");
            return;
        }
        List<String> labels = context.getBean(SecurityLabels.class).all().stream()
                .map(l -> l.code())
                .toList();
        long submissionId = next("reporting_submission");
        long adoptionId = next("reporting_adoption");
        Instant end = Instant.now();
        long span = Duration.ofDays(730).toSeconds();
        int toWrite = (int) (SUBMISSIONS - present);
        long started = System.nanoTime();
        String[] recent = new String[512];
        for (int from = 0; from < toWrite; from += BATCH) {
            int n = Math.min(BATCH, toWrite - from);
            List<Row> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = from + i;
                ReportingUnitView unit = units.get(RANDOM.nextInt(units.size()));
                // oldest first, so that "the last 14 days" holds the newest 2% as it would in life
                Instant created = end.minusSeconds(span - span * index / toWrite);
                String text;
                if (index % 10 == 9 && recent[(index / 10) % recent.length] != null) {
                    text = retell(recent[(index / 10) % recent.length]);
                } else {
                    text = texts.get(RANDOM.nextInt(texts.size()));
                    recent[RANDOM.nextInt(recent.length)] = text;
                }
                rows.add(new Row(submissionId++, unit, text, created, labels));
            }
            rows.parallelStream().forEach(Row::fingerprint);
            write(rows, adoptionId);
            adoptionId += rows.stream().filter(r -> r.state.equals("ADOPTED")).count();
            if ((from / BATCH) % 50 == 0) {
                System.out.printf("bench/desk: %,d of %,d submissions%n", from + n, toWrite);
            }
        }
        restartIdentity("reporting_submission", submissionId);
        restartIdentity("reporting_adoption", adoptionId);
        double seconds = (System.nanoTime() - started) / 1e9;
        results.put("submissions", String.valueOf(present + toWrite));
        results.put("generate.seconds", String.format("%.0f", seconds));
        jdbc.execute("analyze"); // fresh statistics for the planner, as a maintained database has
    }

    private boolean postgres() {
        return context.getEnvironment().getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql");
    }

    /** The same incident in other words: sentences dropped, a few characters changed. */
    private static String retell(String text) {
        String[] sentences = text.split("(?<=。)");
        var out = new StringBuilder();
        for (String s : sentences) {
            if (RANDOM.nextInt(6) != 0) {
                out.append(s);
            }
        }
        if (out.length() < 20) {
            out.append(text);
        }
        int change = Math.min(3, out.length() / 40);
        for (int i = 0; i < change; i++) {
            int at = RANDOM.nextInt(out.length());
            out.setCharAt(at, '某');
        }
        return out.toString();
    }

    private final class Row {
        final long id;
        final ReportingUnitView unit;
        final String title;
        final String body;
        final Instant created;
        final String label;
        final String state;
        final String category;
        final String urgency;
        String minhash;
        int[] bands;

        Row(long id, ReportingUnitView unit, String text, Instant created, List<String> labels) {
            this.id = id;
            this.unit = unit;
            int cut = text.indexOf('。');
            String head = cut > 0 && cut < 60 ? text.substring(0, cut) : text.substring(0, Math.min(40, text.length()));
            this.title = unit.name() + "：" + head;
            this.body = text;
            this.created = created;
            int r = RANDOM.nextInt(100);
            this.label =
                    r < 90 ? labels.getFirst() : r < 98 ? labels.get(Math.min(1, labels.size() - 1)) : labels.getLast();
            int s = RANDOM.nextInt(100);
            this.state = s < 2
                    ? "DRAFT"
                    : s < 3
                            ? "SIGNING"
                            : s < 8 ? "RETURNED" : s < 10 ? "PRE_ADOPTED" : s < 27 ? "ADOPTED" : "SUBMITTED";
            this.category = org.civitas.reporting.Category.values()[RANDOM.nextInt(6)].name();
            this.urgency = org.civitas.reporting.Urgency.values()[RANDOM.nextInt(3)].name();
        }

        void fingerprint() {
            int[] signature = MinHash.signature(title + "\n" + body);
            minhash = MinHash.encode(signature);
            bands = IntStream.range(0, MinHash.BANDS)
                    .map(i -> MinHash.band(signature, i))
                    .toArray();
        }

        boolean sent() {
            return !state.equals("DRAFT") && !state.equals("SIGNING");
        }
    }

    private void write(List<Row> rows, long firstAdoption) {
        List<Object[]> adoptions = new ArrayList<>();
        List<Object[]> credits = new ArrayList<>();
        List<Object[]> facts = new ArrayList<>();
        List<Object[]> submissions = new ArrayList<>(rows.size());
        long adoption = firstAdoption;
        for (Row r : rows) {
            Long adoptionId = null;
            var signedOff = r.sent() ? java.sql.Timestamp.from(r.created.plusSeconds(3_600)) : null;
            var decided = r.sent() && !r.state.equals("SUBMITTED")
                    ? java.sql.Timestamp.from(r.created.plusSeconds(86_400))
                    : null;
            if (r.state.equals("ADOPTED")) {
                adoptionId = adoption++;
                adoptions.add(new Object[] {adoptionId, r.title, r.body, false, r.label, "desk.editor", decided});
                credits.add(new Object[] {adoptionId, r.id, r.unit.organisationId()});
                // the score ledger's fact for the item's use in a released edition, one in five as an excerpt,
                // and a leader's instruction on one in fifty
                var month = java.time.YearMonth.from(decided.toInstant().atZone(java.time.ZoneId.systemDefault()));
                int period = month.getYear() * 100 + month.getMonthValue();
                facts.add(new Object[] {
                    r.unit.organisationId(),
                    period,
                    adoptionId % 5 == 0 ? "PUBLICATION.MUNICIPAL.EXCERPT" : "PUBLICATION.MUNICIPAL.FULL_TEXT",
                    "bench:use:" + adoptionId,
                    decided
                });
                if (adoptionId % 50 == 0) {
                    facts.add(new Object[] {
                        r.unit.organisationId(),
                        period,
                        "INSTRUCTION.MUNICIPAL",
                        "bench:instruction:" + adoptionId,
                        decided
                    });
                }
            }
            Object[] row = new Object[21];
            int i = 0;
            row[i++] = r.id;
            row[i++] = r.unit.organisationId();
            row[i++] = r.unit.type().name();
            row[i++] = r.title;
            row[i++] = r.body;
            row[i++] = r.category;
            row[i++] = r.urgency;
            row[i++] = r.label;
            row[i++] = "张建国";
            row[i++] = r.state;
            row[i++] = "bench." + r.unit.organisationId();
            row[i++] = adoptionId;
            row[i++] = r.minhash;
            for (int b = 0; b < MinHash.BANDS; b++) {
                row[i++] = r.bands[b];
            }
            submissions.add(append(Arrays.copyOf(row, i), java.sql.Timestamp.from(r.created), signedOff, decided));
        }
        if (!adoptions.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into reporting_adoption (id, title, body, merged, label, adopted_by, adopted_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?)",
                    adoptions);
        }
        jdbc.batchUpdate(
                "insert into reporting_submission (id, organisation_id, unit_type, title, body, category, urgency,"
                        + " label, signer, state, author, adoption_id, minhash, band0, band1, band2, band3, band4,"
                        + " band5, band6, band7, version, created_at, updated_at, submitted_at, decided_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
                submissions);
        if (!credits.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into reporting_adoption_credit (adoption_id, submission_id, organisation_id)"
                            + " values (?, ?, ?)",
                    credits);
        }
        if (!facts.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into reporting_score_fact (organisation_id, period, rule_code, quantity, source, recorded_at)"
                            + " values (?, ?, ?, 1, ?, ?)",
                    facts);
        }
    }

    private static Object[] append(Object[] row, java.sql.Timestamp created, Object submitted, Object decided) {
        Object[] out = Arrays.copyOf(row, row.length + 4);
        out[row.length] = created;
        out[row.length + 1] = decided != null ? decided : submitted != null ? submitted : created;
        out[row.length + 2] = submitted;
        out[row.length + 3] = decided;
        return out;
    }

    private long next(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return max == null ? 1 : max + 1;
    }

    private void restartIdentity(String table, long next) {
        if (postgres()) {
            jdbc.queryForObject(
                    "select setval(pg_get_serial_sequence('" + table + "', 'id'), ?, false)", Long.class, next);
        } else {
            jdbc.execute("alter table " + table + " alter column id restart with " + next);
        }
    }

    /** Near-duplicate candidates for submissions of the last days, as the office editor opens them. */
    private void nearDuplicates() {
        signIn("desk.editor");
        var desk = context.getBean(DeskService.class);
        List<Long> ids = jdbc.queryForList(
                "select id from reporting_submission where state = 'SUBMITTED'"
                        + " order by id desc fetch first 400 rows only",
                Long.class);
        if (ids.size() < 250) {
            throw new IllegalStateException("too few recent submissions to measure: " + ids.size());
        }
        for (long id : ids.subList(200, ids.size())) {
            desk.nearDuplicates(id); // warm-up
        }
        long[] nanos = new long[200];
        long found = 0;
        for (int i = 0; i < 200; i++) {
            long t = System.nanoTime();
            found += desk.nearDuplicates(ids.get(i)).size();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        results.put("nearDuplicates.p50.ms", ms(nanos[99]));
        results.put("nearDuplicates.p95.ms", ms(nanos[189]));
        results.put("nearDuplicates.max.ms", ms(nanos[199]));
        results.put("nearDuplicates.found.per.lookup", String.format("%.2f", found / 200.0));
    }

    /** A 30-item edition of 《每日信息》: compiled from adopted items, then exported as PDF, five times. */
    private void edition() {
        signIn("admin");
        var journals = context.getBean(JournalService.class);
        var editions = context.getBean(EditionService.class);
        var exports = context.getBean(EditionExporter.class);
        JournalView journal = journals.list().stream()
                .filter(j -> j.name().contains("每日信息"))
                .findFirst()
                .orElse(journals.list().getFirst());
        List<Map<String, Object>> items =
                jdbc.queryForList("select a.id, a.title, a.body, c.organisation_id from reporting_adoption a"
                        + " join reporting_adoption_credit c on c.adoption_id = a.id"
                        + " order by a.id desc fetch first 150 rows only");
        long[] compile = new long[5];
        long[] pdf = new long[5];
        int bytes = 0;
        for (int run = 0; run < 5; run++) {
            long t = System.nanoTime();
            var edition = editions.create(journal.id(), journal.defaultLabel(), "本期编者按：基准测试。");
            List<EditionItemDraft> drafts = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                var row = items.get(run * 30 + i);
                drafts.add(new EditionItemDraft(
                        i < 10 ? "要情快报" : i < 20 ? "工作动态" : "基层信息",
                        (String) row.get("title"),
                        "<p>" + row.get("body") + "</p>",
                        List.of(new Credit(((Number) row.get("organisation_id")).longValue(), "")),
                        "reporting.adoption",
                        String.valueOf(row.get("id"))));
            }
            editions.addItems(edition.id(), drafts); // one transaction, one re-index
            compile[run] = System.nanoTime() - t;
            t = System.nanoTime();
            bytes = exports.pdf(edition.id()).content().length;
            pdf[run] = System.nanoTime() - t;
            editions.discard(edition.id());
        }
        results.put("edition.compile30.ms.runs", runs(compile));
        results.put("edition.pdf30.ms.runs", runs(pdf));
        long[] total = IntStream.range(0, 5)
                .mapToLong(i -> compile[i] + pdf[i])
                .sorted()
                .toArray();
        results.put("edition.compileAndPdf30.median.ms", ms(total[2]));
        results.put("edition.pdf.bytes", String.valueOf(bytes));
    }

    /** The monthly ranking of all units by score (the ledger's facts × the rule table), as the office sees it. */
    private void ranking() {
        signIn("desk.editor");
        var scores = context.getBean(org.civitas.reporting.UnitScoring.class);
        var month = java.time.YearMonth.now().minusMonths(1);
        results.put(
                "ranking.source",
                "UnitScoring.ranking for " + month + ", all units, "
                        + jdbc.queryForObject("select count(*) from reporting_score_fact", Long.class)
                        + " facts in the ledger");
        scores.ranking(month, month, null); // warm-up
        timed("ranking.ms", () -> scores.ranking(month, month, null));
        timed("ranking.year.ms", () -> scores.ranking(month.minusMonths(11), month, null));
    }

    private void timed(String key, Supplier<?> work) {
        long[] nanos = new long[7];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        results.put(key, ms(nanos[3]));
    }

    private static String runs(long[] nanos) {
        return String.join(" ", Arrays.stream(nanos).mapToObj(DeskBenchmark::ms).toList());
    }

    private static String ms(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }

    private static List<String> texts(Path file) {
        try {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(l -> l.length() >= 40)
                        .toList();
                if (!lines.isEmpty()) {
                    return lines;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DemoTexts.ITEMS.stream().map(t -> t.body()).toList();
    }
}
