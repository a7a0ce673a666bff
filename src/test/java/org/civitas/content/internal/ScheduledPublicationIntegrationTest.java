package org.civitas.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civitas.content.ArticleCatalogue;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ArticleState;
import org.civitas.content.ArticleView;
import org.civitas.content.PublicContentChanged;
import org.civitas.content.trusted.ArticleOperations;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@DatabaseTest
@CivitasIntegrationTest
@RecordApplicationEvents
class ScheduledPublicationIntegrationTest {

    private static final String WENCHUAN = "5132210001";

    @Autowired
    ScheduledPublication job;

    @Autowired
    ArticleOperations operations;

    @Autowired
    ArticleCatalogue catalogue;

    @Autowired
    Articles articles;

    @Autowired
    ApplicationEvents events;

    @Test
    void publishesWhenThePublishTimeHasComeAndWithdrawsWhenTheWithdrawalTimeHas() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant publishAt = now.plus(10, ChronoUnit.DAYS);
        Instant withdrawAt = now.plus(20, ChronoUnit.DAYS);
        ArticleView a =
                operations.publish("demo", WENCHUAN, "news-notices", scheduled("定时发布的通知", publishAt, withdrawAt));
        assertThat(a.state()).isEqualTo(ArticleState.APPROVED);
        assertThat(catalogue.published(a.siteId(), a.id())).isEmpty();

        job.runAt(publishAt.minusSeconds(1));
        assertThat(catalogue.published(a.siteId(), a.id())).as("not yet").isEmpty();
        events.clear();

        assertThat(job.runAt(publishAt)).isGreaterThanOrEqualTo(1);
        assertThat(state(a)).isEqualTo(ArticleState.PUBLISHED);
        var published = catalogue.published(a.siteId(), a.id()).orElseThrow();
        assertThat(published.summary().publishedAt())
                .as("shown with its scheduled time")
                .isEqualTo(publishAt);
        assertThat(events.stream(PublicContentChanged.class))
                .extracting(PublicContentChanged::articleId)
                .contains(a.id());

        job.runAt(withdrawAt.minusSeconds(1));
        assertThat(catalogue.published(a.siteId(), a.id())).isPresent();
        job.runAt(withdrawAt.plusSeconds(1));
        assertThat(state(a)).isEqualTo(ArticleState.WITHDRAWN);
        assertThat(catalogue.published(a.siteId(), a.id())).isEmpty();
    }

    @Test
    void nodesRunningTheJobAtOnceActOnEachArticleOnce() throws Exception {
        Instant publishAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(400, ChronoUnit.DAYS);
        List<ArticleView> due = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            due.add(operations.publish("demo", WENCHUAN, "news-notices", scheduled("并发定时 " + i, publishAt, null)));
        }
        ExecutorService nodes = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> runs =
                    List.of(() -> job.runAt(publishAt), () -> job.runAt(publishAt), () -> job.runAt(publishAt));
            int total = 0;
            for (Future<Integer> run : nodes.invokeAll(runs)) {
                total += run.get();
            }
            assertThat(total)
                    .as("each due article published by exactly one run")
                    .isEqualTo(due.size());
        } finally {
            nodes.shutdownNow();
        }
        for (ArticleView a : due) {
            assertThat(state(a)).isEqualTo(ArticleState.PUBLISHED);
            assertThat(catalogue.published(a.siteId(), a.id())).isPresent();
        }
    }

    private ArticleState state(ArticleView a) {
        return articles.findById(a.id()).orElseThrow().state();
    }

    private static ArticleDraft scheduled(String title, Instant publishAt, Instant withdrawAt) {
        return new ArticleDraft(
                title,
                null,
                null,
                "<p>正文</p>",
                null,
                List.of(),
                null,
                null,
                List.of(),
                false,
                0,
                null,
                publishAt,
                withdrawAt,
                null,
                null);
    }
}
