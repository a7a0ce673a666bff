package org.civitas.content.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives out 索引号 from each site's rule. Numbers are allocated in a short transaction of their own:
 * an {@code UPDATE … SET last_value = last_value + 1} holds the sequence row's lock only until that
 * transaction commits, so concurrent publications never get the same number and do not wait on each
 * other's whole publication (a number whose publication later fails is skipped, never reused).
 */
@Component
public class IndexNumberIssuer {

    static final String DEFAULT_PATTERN = org.civitas.content.IndexNumberRules.IndexRule.DEFAULT_PATTERN;
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(authority|category|year|seq)(?::(\\d))?}");
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** An empty category with the separator before it (or, at the start, after it): left out together. */
    private static final Pattern EMPTY_CATEGORY = Pattern.compile("[-/_.]\\{category}|\\{category}[-/_.]?");

    /** A site's rule. */
    record Rule(String authorityCode, String pattern) {}

    private final JdbcClient jdbc;
    private final SiteChannelLookup channels;
    private final ChannelSettings settings;
    private final TransactionTemplate separate;

    IndexNumberIssuer(
            JdbcClient jdbc,
            SiteChannelLookup channels,
            ChannelSettings settings,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.settings = settings;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The site's rule; a site without one numbers with its site code as authority code. */
    Rule rule(long siteId) {
        return find(siteId).orElseGet(() -> new Rule(channels.site(siteId).siteCode(), DEFAULT_PATTERN));
    }

    Optional<Rule> find(long siteId) {
        return jdbc.sql("select authority_code, pattern from content_index_rule where site_id = ?")
                .param(siteId)
                .query((rs, n) -> new Rule(rs.getString(1), rs.getString(2)))
                .optional();
    }

    void save(long siteId, Rule rule, String by, Instant at) {
        int updated = jdbc.sql("""
                        update content_index_rule set authority_code = ?, pattern = ?, updated_by = ?, updated_at = ?
                        where site_id = ?
                        """)
                .params(rule.authorityCode(), rule.pattern(), by, Timestamp.from(at), siteId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into content_index_rule (authority_code, pattern, updated_by, updated_at, site_id)
                            values (?, ?, ?, ?, ?)
                            """)
                    .params(rule.authorityCode(), rule.pattern(), by, Timestamp.from(at), siteId)
                    .update();
        }
    }

    /** The next index number for an article of the site's channel, in the year of {@code at} (China time). */
    String next(Article article, Instant at) {
        Rule rule = rule(article.siteId());
        String category = settings.indexCategory(article.channelId()).orElse("");
        int year = at.atZone(ZONE).getYear();
        String number;
        do {
            long sequence = allocate(article.siteId(), rule.pattern().contains("{category") ? category : "", year);
            number = format(rule, category, year, sequence);
            // an article imported from an old CMS may hold this number already: its number was kept
        } while (taken(number));
        return number;
    }

    private boolean taken(String number) {
        return jdbc.sql("select count(*) from content_article where index_number = ?")
                        .param(number)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long allocate(long siteId, String category, int year) {
        Long value = separate.execute(status -> increment(siteId, category, year));
        if (value != null) {
            return value;
        }
        try {
            separate.executeWithoutResult(
                    status -> jdbc.sql("""
                            insert into content_index_sequence (site_id, category, year_number, last_value)
                            values (?, ?, ?, 0)
                            """).params(siteId, category, year).update());
        } catch (DuplicateKeyException e) {
            // another node created the row first: fine, it exists now
        }
        return separate.execute(status -> increment(siteId, category, year));
    }

    private Long increment(long siteId, String category, int year) {
        int updated = jdbc.sql("""
                        update content_index_sequence set last_value = last_value + 1
                        where site_id = ? and category = ? and year_number = ?
                        """).params(siteId, category, year).update();
        if (updated == 0) {
            return null;
        }
        return jdbc.sql("""
                        select last_value from content_index_sequence
                        where site_id = ? and category = ? and year_number = ?
                        """).params(siteId, category, year).query(Long.class).single();
    }

    static String format(Rule rule, String category, int year, long sequence) {
        String pattern = category == null || category.isEmpty()
                ? EMPTY_CATEGORY.matcher(rule.pattern()).replaceAll("")
                : rule.pattern();
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "authority" -> rule.authorityCode();
                case "category" -> category;
                case "year" -> String.valueOf(year);
                default ->
                    m.group(2) == null ? String.valueOf(sequence) : String.format("%0" + m.group(2) + "d", sequence);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
