package org.civitas.content.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes approved articles whose publish time has come and withdraws published ones whose
 * withdrawal time has come. Every node of a cluster runs this job; each article is claimed with a
 * conditional {@code UPDATE} (it matches only while the article is still due, and holds the row until
 * the publication commits), so exactly one node acts on it and the others find nothing left to do.
 */
@Component
class ScheduledPublication {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublication.class);
    private static final int BATCH = 100;

    /** Run as {@code system} in the audit trail. */
    private static final String ACTOR = "system";

    private final JdbcClient jdbc;
    private final Articles articles;
    private final ArticleLifecycle lifecycle;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ScheduledPublication(
            JdbcClient jdbc,
            Articles articles,
            ArticleLifecycle lifecycle,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.lifecycle = lifecycle;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${civitas.content.schedule-interval:PT30S}",
            fixedDelayString = "${civitas.content.schedule-interval:PT30S}")
    void run() {
        runAt(clock.instant());
    }

    /** Does what is due at {@code now}; returns how many articles were published and withdrawn. */
    int runAt(Instant now) {
        int done = 0;
        Timestamp at = Timestamp.from(now);
        for (Long id : due("select id from content_article where state = 'APPROVED' and publish_at <= ?", at)) {
            done += claimAndRun(
                    id,
                    "update content_article set version = version + 1"
                            + " where id = ? and state = 'APPROVED' and publish_at <= ?",
                    at,
                    article -> lifecycle.publish(article, ACTOR));
        }
        for (Long id : due("select id from content_article where live = true and withdraw_at <= ?", at)) {
            done += claimAndRun(
                    id,
                    "update content_article set version = version + 1 where id = ? and live = true and withdraw_at <= ?",
                    at,
                    article -> lifecycle.withdraw(article, ACTOR, true));
        }
        return done;
    }

    private List<Long> due(String sql, Timestamp at) {
        return jdbc.sql(sql + " order by id fetch first " + BATCH + " rows only")
                .param(at)
                .query(Long.class)
                .list();
    }

    private int claimAndRun(Long id, String claim, Timestamp at, java.util.function.Consumer<Article> work) {
        try {
            Integer done = transaction.execute(status -> {
                if (jdbc.sql(claim).params(id, at).update() == 0) {
                    return 0; // another node took it, or it changed meanwhile
                }
                work.accept(articles.findById(id).orElseThrow());
                return 1;
            });
            return done == null ? 0 : done;
        } catch (RuntimeException e) {
            log.warn("Scheduled publication of article {} failed; it will be tried again", id, e);
            return 0;
        }
    }
}
