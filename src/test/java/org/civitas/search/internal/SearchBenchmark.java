package org.civitas.search.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.civitas.CivitasApplication;
import org.civitas.search.ReindexReport;
import org.civitas.search.SearchAdministration;
import org.civitas.site.ChannelType;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteStatus;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * bench/search: the laws corpus split into one document per article (第X条), published on two sites of
 * the cluster, indexed by Civitas's own rebuild, then searched over HTTP on the public search page;
 * the same queries against raw Lucene with the same analyzer and against PostgreSQL {@code ILIKE}.
 * Not a test: tagged {@code benchmark}, which the build leaves out; {@code bench/search/run.sh} runs it
 * and bench/README.md explains the method. It writes its figures to {@code bench.out}.
 */
@Tag("benchmark")
class SearchBenchmark {

    private static final Pattern ARTICLE =
            Pattern.compile("^(第[一二三四五六七八九十百千零〇两]+条(?:之[一二三四五六七八九十]+)?)[\\s\\u3000]*(.*)$");
    private static final Pattern CLAUSE = Pattern.compile("[，。；：、！？,;:\\s（）()“”]+");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final Pattern RESULT_LINK = Pattern.compile("href=\"[^\"]*/a/(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("search-total\">([\\d,]+)<");
    private static final int COPIES = Integer.getInteger("bench.copies", 2);
    private static final int QUERIES = Integer.getInteger("bench.queries", 200);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    private static final Duration THROUGHPUT_TIME = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    private static final Random RANDOM = new Random(20260505);

    /** One article of one law. */
    record Law(String title, String number, String text) {}

    /** A query, its kind, the words a LIKE search needs, and for title queries the law it names. */
    record Query(String kind, String text, List<String> words, String law) {}

    private final Map<String, String> results = new LinkedHashMap<>();
    private final Map<Long, String> lawOfArticle = new HashMap<>();
    private ConfigurableApplicationContext context;

    @Test
    void run() throws Exception {
        Path corpus = Path.of(System.getProperty("bench.corpus", "target/bench-search/corpus"));
        Path work =
                Path.of(System.getProperty("bench.work", "target/bench-search")).toAbsolutePath();
        String database = System.getProperty("bench.database", "postgres");
        List<Law> laws = split(corpus);
        results.put("corpus.articles", String.valueOf(laws.size()));
        results.put(
                "corpus.laws",
                String.valueOf(laws.stream().map(Law::title).distinct().count()));
        List<Query> queries = queries(laws);
        FileSystemUtils.deleteRecursively(work.resolve("data"));
        context = start(database, work);
        try {
            long[] ids = insert(laws);
            results.put("documents", String.valueOf(ids.length));
            index();
            save();
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            String site = context.getBean(SiteDirectory.class).all().stream()
                    .filter(s -> s.status() == SiteStatus.ONLINE)
                    .findFirst()
                    .orElseThrow()
                    .siteCode();
            http(port, site, queries);
            save();
            rawLucene(work, laws, ids, queries);
            save();
            if (database.equals("postgres")) {
                ilike(queries);
                save();
            }
            importSample(laws);
        } finally {
            context.close();
        }
        System.out.print(save());
    }

    /** Writes the figures so far to {@code bench.out}: a run cut short keeps what it measured. */
    private String save() {
        var out = new StringBuilder();
        results.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        try {
            Files.writeString(out(), out.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Path out() {
        return Path.of(System.getProperty(
                "bench.out",
                Path.of(System.getProperty("bench.work", "target/bench-search"))
                        .resolve("results.properties")
                        .toString()));
    }

    // ---- the corpus ---------------------------------------------------------------------------

    /** Every 第X条 of every law: from its heading line up to the next article or heading. */
    static List<Law> split(Path corpus) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equals("_index.md"))
                    .filter(p -> !p.getFileName().toString().contains("模版"))
                    .sorted()
                    .toList();
        }
        List<Law> all = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String title = null;
            boolean body = lines.stream().noneMatch(l -> l.contains("INFO END"));
            String number = null;
            StringBuilder text = new StringBuilder();
            for (String raw : lines) {
                String line = raw.strip();
                if (title == null && line.startsWith("# ")) {
                    title = line.substring(2).replaceAll("<!--.*?-->", "").strip();
                    continue;
                }
                if (!body) {
                    body = line.contains("INFO END");
                    continue;
                }
                Matcher m = ARTICLE.matcher(line);
                if (m.matches() || line.startsWith("#")) {
                    if (number != null && title != null && !text.isEmpty()) {
                        all.add(new Law(title, number, text.toString().strip()));
                    }
                    number = m.matches() ? m.group(1) : null;
                    text.setLength(0);
                    if (m.matches()) {
                        text.append(m.group(2)).append('\n');
                    }
                } else if (number != null && !line.isEmpty() && !line.startsWith("<!--")) {
                    text.append(line).append('\n');
                }
            }
            if (number != null && title != null && !text.isEmpty()) {
                all.add(new Law(title, number, text.toString().strip()));
            }
        }
        return all;
    }

    /** A third law titles, a third phrases (clauses of an article), the rest two words of one article. */
    static List<Query> queries(List<Law> laws) {
        List<Query> queries = new ArrayList<>();
        List<String> titles = new ArrayList<>(
                new LinkedHashSet<>(laws.stream().map(Law::title).toList()));
        Collections.shuffle(titles, RANDOM);
        int titleCount = QUERIES * 35 / 100;
        int phraseCount = QUERIES * 35 / 100;
        for (String t : titles.subList(0, Math.min(titleCount, titles.size()))) {
            queries.add(new Query("title", t, List.of(t), t));
        }
        while (queries.size() < titleCount + phraseCount) {
            Law law = laws.get(RANDOM.nextInt(laws.size()));
            List<String> clauses = Arrays.stream(CLAUSE.split(law.text()))
                    .filter(c -> HAN.matcher(c).matches() && c.length() >= 6 && c.length() <= 14)
                    .toList();
            if (!clauses.isEmpty()) {
                String c = clauses.get(RANDOM.nextInt(clauses.size()));
                queries.add(new Query("phrase", "\"" + c + "\"", List.of(c), null));
            }
        }
        try (ChineseAnalyzer analyzer = ChineseAnalyzer.forSearch(SearchTerms.NONE)) {
            while (queries.size() < QUERIES) {
                Law law = laws.get(RANDOM.nextInt(laws.size()));
                List<String> words = analyzer.tokens(law.text()).stream()
                        .filter(w -> w.length() >= 2 && HAN.matcher(w).matches())
                        .distinct()
                        .toList();
                if (words.size() >= 2) {
                    String a = words.get(RANDOM.nextInt(words.size()));
                    String b = words.get(RANDOM.nextInt(words.size()));
                    if (!a.equals(b) && !a.contains(b) && !b.contains(a)) {
                        queries.add(new Query("words", a + " " + b, List.of(a, b), null));
                    }
                }
            }
        }
        return queries;
    }

    // ---- Civitas --------------------------------------------------------------------------------

    private static ConfigurableApplicationContext start(String database, Path work) {
        System.setProperty("civitas.bench", "true"); // TestDatabaseInitializer leaves the database to us
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("civitas.data-dir", work.resolve("data").toString());
        props.put("civitas.demo.mode", "always");
        props.put("server.port", "0");
        props.put("server.address", "127.0.0.1");
        props.put("logging.level.org.civitas", "WARN");
        // the search itself is measured here: its 200 queries repeat, which the result cache would answer after
        // the first pass, and its 32 clients exceed the search pool, which would turn most away with 503;
        // bench/portal's surge scenario measures both as a visitor meets them
        props.put("civitas.search.result-cache-size", System.getProperty("bench.result-cache", "0"));
        props.put("civitas.public-pools.search", System.getProperty("bench.search-pool", "1000"));
        if (database.equals("postgres")) {
            props.put(
                    "spring.datasource.url",
                    System.getProperty(
                            "bench.url",
                            "jdbc:postgresql://127.0.0.1:5432/civitas_bench_search?reWriteBatchedInserts=true"));
            props.put("spring.datasource.username", System.getProperty("bench.user", "postgres"));
            props.put("spring.datasource.password", "");
        } else {
            props.put("spring.datasource.url", "jdbc:h2:file:" + work.resolve("data/h2/civitas") + ";MODE=Regular");
        }
        String[] args = props.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(CivitasApplication.class).run(args);
    }

    /**
     * The articles as published articles of a list channel on {@code COPIES} online sites (a law
     * republished by a department site is what clusters do), with JDBC batches: the publishing
     * services would take an hour for this many, and what is measured is the indexing, not publishing.
     */
    private long[] insert(List<Law> laws) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        SiteDirectory directory = context.getBean(SiteDirectory.class);
        List<SiteView> sites = directory.all().stream()
                .filter(s -> s.status() == SiteStatus.ONLINE)
                .limit(COPIES)
                .toList();
        long first = jdbc.queryForObject("select coalesce(max(id), 0) from content_article", Long.class) + 1;
        long[] ids = new long[laws.size() * sites.size()];
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long started = System.nanoTime();
        int n = 0;
        for (SiteView site : sites) {
            ChannelView channel = flatten(directory.channels(site.id())).stream()
                    .filter(c -> c.type() == ChannelType.LIST)
                    .findFirst()
                    .orElseThrow();
            List<Object[]> articles = new ArrayList<>();
            List<Object[]> publications = new ArrayList<>();
            List<Object[]> listings = new ArrayList<>();
            for (Law law : laws) {
                long id = first + n;
                ids[n++] = id;
                lawOfArticle.put(id, law.title());
                String title = cut(law.title() + " " + law.number(), 200);
                String html = "<p>" + escape(law.text()).replace("\n", "</p><p>") + "</p>";
                Timestamp at = Timestamp.from(now.minus(RANDOM.nextInt(1825 * 24), ChronoUnit.HOURS));
                articles.add(
                        new Object[] {id, site.id(), channel.id(), site.organisationId(), title, html, at, at, at});
                publications.add(new Object[] {id, site.id(), channel.id(), title, html, at, at});
                listings.add(new Object[] {site.id(), id, channel.id(), at, at});
                if (articles.size() == 2000) {
                    flush(jdbc, articles, publications, listings);
                }
            }
            flush(jdbc, articles, publications, listings);
        }
        long last = first + n;
        if (isPostgres(jdbc)) {
            jdbc.execute("select setval(pg_get_serial_sequence('content_article', 'id'), " + last + ")");
            jdbc.execute("analyze content_publication");
        } else {
            jdbc.execute("alter table content_article alter column id restart with " + (last + 1));
        }
        results.put("insert.seconds", seconds(System.nanoTime() - started));
        results.put("sites", String.valueOf(sites.size()));
        return ids;
    }

    private static boolean isPostgres(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
    }

    private static void flush(
            JdbcTemplate jdbc, List<Object[]> articles, List<Object[]> publications, List<Object[]> listings) {
        jdbc.batchUpdate("""
                insert into content_article (id, site_id, channel_id, organisation_id, state, live, title, body,
                  pinned, sort_order, revision, created_by, created_at, updated_by, updated_at, first_published_at,
                  version)
                values (?, ?, ?, ?, 'PUBLISHED', true, ?, ?, false, 0, 1, 'bench', ?, 'bench', ?, ?, 0)
                """, articles);
        jdbc.batchUpdate("""
                insert into content_publication (article_id, site_id, channel_id, title, body, published_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """, publications);
        jdbc.batchUpdate("""
                insert into content_listing (site_id, article_id, channel_id, source, disclosure, pinned, sort_order,
                  published_at, updated_at)
                values (?, ?, ?, true, false, false, 0, ?, ?)
                """, listings);
        articles.clear();
        publications.clear();
        listings.clear();
    }

    /** Civitas's own rebuild: every published article read from the database, analysed and written. */
    private void index() {
        ReindexReport report = context.getBean(SearchAdministration.class).reindex("bench", p -> {});
        double secs = report.took().toNanos() / 1e9;
        results.put("index.documents", String.valueOf(report.documents()));
        results.put("index.seconds", String.format("%.1f", secs));
        results.put("index.docsPerSecond", String.format("%.0f", report.documents() / secs));
    }

    /**
     * The event path, as {@code civitas import-articles} takes it: articles published through the
     * content services in one transaction, indexed after its commit by the search module's listeners
     * (one bulk write). Publishing and indexing are timed apart.
     */
    private void importSample(List<Law> laws) {
        int count = Integer.getInteger("bench.import", 5000);
        SiteView site = context.getBean(SiteDirectory.class).all().stream()
                .filter(s -> s.status() == SiteStatus.ONLINE)
                .findFirst()
                .orElseThrow();
        ChannelView channel = flatten(context.getBean(SiteDirectory.class).channels(site.id())).stream()
                .filter(c -> c.type() == ChannelType.LIST)
                .findFirst()
                .orElseThrow();
        var operations = context.getBean(org.civitas.content.trusted.ArticleOperations.class);
        var transactions = new org.springframework.transaction.support.TransactionTemplate(
                context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        var entities = org.springframework.orm.jpa.SharedEntityManagerCreator.createSharedEntityManager(
                context.getBean(jakarta.persistence.EntityManagerFactory.class));
        long[] published = new long[1];
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                Law law = laws.get((i * 7919) % laws.size());
                operations.publish(
                        "cli:bench",
                        site.siteCode(),
                        channel.code(),
                        org.civitas.content.ArticleDraft.of(
                                cut("导入 " + law.title() + " " + law.number(), 200),
                                "<p>" + escape(law.text()).replace("\n", "</p><p>") + "</p>"));
                if ((i + 1) % 100 == 0) { // as ArticleImport does: a persistence context that grows is quadratic
                    entities.flush();
                    entities.clear();
                }
            }
            published[0] = System.nanoTime();
        });
        long done = System.nanoTime();
        double indexSecs = (done - published[0]) / 1e9;
        results.put("import.articles", String.valueOf(count));
        results.put("import.publishSeconds", seconds(published[0] - started));
        results.put("import.indexSeconds", String.format("%.1f", indexSecs));
        results.put("import.docsPerSecond", String.format("%.0f", count / indexSecs));
    }

    private void http(int port, String site, List<Query> queries) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4))
                .build();
        String base = "http://127.0.0.1:" + port + "/s/" + site + "/search?scope=cluster&q=";
        AtomicLong errors = new AtomicLong();
        Map<Query, List<Long>> top = new HashMap<>();
        Searcher searcher = q -> {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(base + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(30))
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                errors.incrementAndGet();
                return List.of();
            }
            String body = response.body();
            Matcher total = TOTAL.matcher(body);
            if (!total.find()) {
                errors.incrementAndGet();
                return List.of();
            }
            List<Long> ids = new ArrayList<>();
            Matcher m = RESULT_LINK.matcher(body.substring(total.end()));
            while (m.find() && ids.size() < 10) {
                long id = Long.parseLong(m.group(1));
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
            return ids;
        };
        measure("http", queries, searcher, top);
        results.put("http.errors", String.valueOf(errors.get()));
        quality("http", queries, top);
    }

    // ---- raw Lucene -----------------------------------------------------------------------------

    private void rawLucene(Path work, List<Law> laws, long[] ids, List<Query> queries) throws Exception {
        Path dir = work.resolve("raw-lucene");
        FileSystemUtils.deleteRecursively(dir);
        try (FSDirectory directory = FSDirectory.open(dir);
                ChineseAnalyzer indexing = ChineseAnalyzer.forIndexing(SearchTerms.NONE);
                ChineseAnalyzer searching = ChineseAnalyzer.forSearch(SearchTerms.NONE)) {
            long started = System.nanoTime();
            IndexWriterConfig config = new IndexWriterConfig(indexing).setRAMBufferSizeMB(64);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                int per = laws.size();
                // two writer threads, as Civitas's backend has one per core
                ExecutorService pool = Executors.newFixedThreadPool(2);
                List<Future<?>> parts = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    int part = t;
                    parts.add(pool.submit(() -> {
                        for (int i = part; i < ids.length; i += 2) {
                            Law law = laws.get(i % per);
                            Document d = new Document();
                            d.add(new StoredField("id", ids[i]));
                            d.add(new TextField("title", law.title() + " " + law.number(), Field.Store.YES));
                            d.add(new TextField("body", law.text(), Field.Store.YES));
                            writer.addDocument(d);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : parts) {
                    f.get();
                }
                pool.shutdown();
                writer.commit();
            }
            double secs = (System.nanoTime() - started) / 1e9;
            results.put("lucene.index.seconds", String.format("%.1f", secs));
            results.put("lucene.index.docsPerSecond", String.format("%.0f", ids.length / secs));
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int flags = SimpleQueryParser.AND_OPERATOR
                        | SimpleQueryParser.OR_OPERATOR
                        | SimpleQueryParser.NOT_OPERATOR
                        | SimpleQueryParser.PHRASE_OPERATOR
                        | SimpleQueryParser.PRECEDENCE_OPERATORS
                        | SimpleQueryParser.WHITESPACE_OPERATOR;
                Map<Query, List<Long>> top = new HashMap<>();
                measure(
                        "lucene",
                        queries,
                        q -> {
                            SimpleQueryParser parser =
                                    new SimpleQueryParser(searching, Map.of("title", 3f, "body", 1f), flags);
                            parser.setDefaultOperator(BooleanClause.Occur.MUST);
                            // exact hit count, as Civitas reports it
                            TopDocs docs = searcher.search(
                                    parser.parse(q.text()), new TopScoreDocCollectorManager(10, Integer.MAX_VALUE));
                            List<Long> found = new ArrayList<>();
                            for (ScoreDoc sd : docs.scoreDocs) {
                                found.add(searcher.storedFields()
                                        .document(sd.doc)
                                        .getField("id")
                                        .numericValue()
                                        .longValue());
                            }
                            return found;
                        },
                        top);
                quality("lucene", queries, top);
            }
        }
    }

    // ---- PostgreSQL ILIKE -----------------------------------------------------------------------

    private void ilike(List<Query> queries) throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        Map<Query, List<Long>> top = new HashMap<>();
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                return dataSource.getConnection();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        List<Connection> opened = Collections.synchronizedList(new ArrayList<>());
        measure(
                "ilike",
                queries,
                q -> {
                    Connection c = connections.get();
                    if (!opened.contains(c)) {
                        opened.add(c);
                    }
                    StringBuilder sql =
                            new StringBuilder("select article_id, count(*) over () from content_publication where ");
                    for (int i = 0; i < q.words().size(); i++) {
                        sql.append(i == 0 ? "" : " and ").append("(title ilike ? or body ilike ?)");
                    }
                    sql.append(" order by published_at desc limit 10");
                    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                        int p = 1;
                        for (String w : q.words()) {
                            String like = "%"
                                    + w.replace("\\", "\\\\")
                                            .replace("%", "\\%")
                                            .replace("_", "\\_") + "%";
                            ps.setString(p++, like);
                            ps.setString(p++, like);
                        }
                        List<Long> found = new ArrayList<>();
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                found.add(rs.getLong(1));
                            }
                        }
                        return found;
                    }
                },
                top);
        quality("ilike", queries, top);
        for (Connection c : opened) {
            c.close();
        }
    }

    // ---- measuring ------------------------------------------------------------------------------

    @FunctionalInterface
    interface Searcher {
        List<Long> search(Query q) throws Exception;
    }

    /**
     * One warm-up pass, one measured pass with one client (p50, p95), then {@code CLIENTS} clients
     * cycling through the queries for at most {@code THROUGHPUT_TIME} or 20 passes (requests/s).
     */
    private void measure(String name, List<Query> queries, Searcher searcher, Map<Query, List<Long>> top)
            throws Exception {
        for (Query q : queries) {
            searcher.search(q);
        }
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long t = System.nanoTime();
            top.put(queries.get(i), searcher.search(queries.get(i)));
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        results.put(name + ".p50ms", millis(nanos[nanos.length / 2]));
        results.put(name + ".p95ms", millis(nanos[(int) Math.ceil(nanos.length * 0.95) - 1]));
        results.put(name + ".maxms", millis(nanos[nanos.length - 1]));

        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        long limit = 20L * queries.size();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        long deadline = started + THROUGHPUT_TIME.toNanos();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c * 7;
            clients.add(pool.submit(() -> {
                for (int i = offset; !stop.get(); i++) {
                    if (System.nanoTime() > deadline || done.get() >= limit) {
                        stop.set(true);
                        break;
                    }
                    try {
                        searcher.search(queries.get(i % queries.size()));
                        done.incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();
        double secs = (System.nanoTime() - started) / 1e9;
        results.put(name + ".clients", String.valueOf(CLIENTS));
        results.put(name + ".throughput", String.format("%.1f", done.get() / secs));
        results.put(name + ".throughputFailures", String.valueOf(failed.get()));
        System.out.printf(
                "bench/search %s: p50 %s ms, p95 %s ms, %s req/s with %d clients%n",
                name,
                results.get(name + ".p50ms"),
                results.get(name + ".p95ms"),
                results.get(name + ".throughput"),
                CLIENTS);
    }

    /** The share of title queries whose law has an article among the first ten results. */
    private void quality(String name, List<Query> queries, Map<Query, List<Long>> top) {
        int asked = 0;
        int found = 0;
        for (Query q : queries) {
            if (q.law() == null) {
                continue;
            }
            asked++;
            if (top.getOrDefault(q, List.of()).stream().anyMatch(id -> q.law().equals(lawOfArticle.get(id)))) {
                found++;
            }
        }
        results.put(name + ".titleInTop10", found + "/" + asked);
        int empty = 0;
        for (Query q : queries) {
            if (top.getOrDefault(q, List.of()).isEmpty()) {
                empty++;
            }
        }
        results.put(name + ".noResult", String.valueOf(empty));
    }

    private static List<ChannelView> flatten(List<ChannelView> channels) {
        List<ChannelView> all = new ArrayList<>();
        for (ChannelView c : channels) {
            all.add(c);
            all.addAll(flatten(c.children()));
        }
        return all;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String millis(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }

    private static String seconds(long nanos) {
        return String.format("%.1f", nanos / 1e9);
    }
}
