package org.civitas.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.civitas.search.internal.ConsoleSearcher;
import org.civitas.support.DatabaseTest;
import org.civitas.workflow.ReviewService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Console search filters inside the query: a user without clearance for an item gets the same hit
 * count and facet counts as if the item did not exist.
 */
@DatabaseTest
class DeskSearchIntegrationTest extends ReportingIntegrationTest {

    static final String WORDS = "青稞酒作坊卫生整治";

    @Autowired
    SubmissionService submissions;

    @Autowired
    ReviewService reviews;

    @Autowired
    ConsoleSearcher searcher;

    @BeforeEach
    void accounts() {
        ensureAccounts();
    }

    private long submitted(String title, String label) {
        long id = accounts.runAs(
                        "t.lx.writer",
                        () -> submissions.submit(new SubmissionForm(
                                null,
                                title,
                                "<p>" + title + "的情况汇报。</p>",
                                Category.PUBLIC_SENTIMENT,
                                Urgency.URGENT,
                                label,
                                "王局长",
                                "0837-1234567",
                                List.of())))
                .id();
        accounts.runAs("t.lx.head", () -> {
            var task = reviews.inbox("reporting.submission", PageRequest.of(0, 200)).stream()
                    .filter(t -> t.subject().id().equals(String.valueOf(id)))
                    .findFirst()
                    .orElseThrow();
            reviews.approve(task.taskId(), "同意报送");
            return null;
        });
        return id;
    }

    @Test
    void hitCountsAndFacetsCountOnlyWhatTheUserMaySee() {
        long open = submitted("理县" + WORDS + "进展", null);
        long hidden = submitted("理县" + WORDS + "中的问题", "SENSITIVE");

        ConsoleSearcher.Results cleared = accounts.runAs("t.editor", () -> searcher.search(WORDS, null, 1));
        assertThat(cleared.total()).isEqualTo(2);
        assertThat(cleared.kinds()).isEqualTo(Map.of("submission", 2L));

        ConsoleSearcher.Results low = accounts.runAs("t.editor.low", () -> searcher.search(WORDS, null, 1));
        assertThat(low.total()).isEqualTo(1);
        assertThat(low.kinds()).isEqualTo(Map.of("submission", 1L));
        assertThat(low.hits()).extracting(ConsoleSearcher.Hit::sourceId).containsExactly(open);
        ConsoleSearcher.Results lowKind = accounts.runAs("t.editor.low", () -> searcher.search(WORDS, "submission", 1));
        assertThat(lowKind.total()).isEqualTo(1);
        assertThat(lowKind.kinds()).isEqualTo(Map.of("submission", 1L));
        assertThat(hidden).isNotEqualTo(open);

        ConsoleSearcher.Results otherUnit = accounts.runAs("t.mx.writer", () -> searcher.search(WORDS, null, 1));
        assertThat(otherUnit.total()).isZero();
        assertThat(otherUnit.kinds()).isEmpty();
    }
}
