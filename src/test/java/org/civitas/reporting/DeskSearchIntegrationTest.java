package org.civitas.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
    static final String OTHER = "酥油茶铺消防检查";

    @Autowired
    SubmissionService submissions;

    @Autowired
    ReviewService reviews;

    @Autowired
    ConsoleSearcher searcher;

    @Autowired
    org.civitas.search.SearchAdministration administration;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                userDetails.loadUserByUsername(username));
    }

    @BeforeEach
    void accounts() {
        ensureAccounts();
    }

    private long submitted(String title, String label) {
        long id = accounts.runAs(
                        "t.lx.writer",
                        () -> submissions.submit(new SubmissionDraft(
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

    @Test
    void theConsolePagesSearchRebuildAndCheckTheIndex() throws Exception {
        submitted("茂县" + OTHER + "复查", null);
        mvc.perform(get("/admin/search").param("q", OTHER).with(as("t.editor.low")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-kind=\"submission\"")))
                .andExpect(content().string(containsString("<mark>")));
        mvc.perform(get("/admin/search/index").with(as("t.editor.low"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/search/index").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("九寨沟县")));
        mvc.perform(termsByAdmin("甲 => 乙 => 丙", "九寨沟县"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(termsByAdmin("阿坝州,阿坝藏族羌族自治州", "九寨沟县\n青稞酒作坊")).andExpect(status().is3xxRedirection());

        var report = administration.reindex("test", p -> {});
        assertThat(report.documents()).isPositive();
        assertThat(administration.progress().orElseThrow().phase()).isEqualTo("done");
        assertThat(administration.drift().clean())
                .as("%s", administration.drift())
                .isTrue();
        ConsoleSearcher.Results after = accounts.runAs("t.editor", () -> searcher.search(OTHER, null, 1));
        assertThat(after.total()).isEqualTo(1);
        mvc.perform(post("/admin/search/index/drift").with(as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("text-success")));
    }

    /** The index page's form for synonyms and protected terms, sent by {@code admin}. */
    private org.springframework.test.web.servlet.RequestBuilder termsByAdmin(String synonyms, String protectedTerms) {
        return post("/admin/search/index/terms")
                .param("synonyms", synonyms)
                .param("protectedTerms", protectedTerms)
                .with(as("admin"))
                .with(csrf());
    }
}
