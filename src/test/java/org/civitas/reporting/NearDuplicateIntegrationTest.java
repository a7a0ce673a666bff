package org.civitas.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.civitas.platform.NotFoundException;
import org.civitas.support.DatabaseTest;
import org.civitas.workflow.ReviewService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@DatabaseTest
class NearDuplicateIntegrationTest extends ReportingIntegrationTest {

    static final String LIXIAN = "<p>8月3日下午，理县薛城镇一处民房因持续降雨发生后墙垮塌，房内3名群众被困。"
            + "县消防救援大队接警后10分钟赶到现场，经过1小时搜救将3人全部救出，其中1人轻伤已送县人民医院救治。"
            + "镇政府已对周边12户危房住户进行临时转移安置。</p>";

    static final String MAOXIAN = "<p>8月3日下午，理县薛城镇一处民房受持续降雨影响后墙垮塌，3名群众被困房内。"
            + "理县消防救援大队接警后10分钟即到达现场，经1小时搜救，3人全部获救，1人轻伤，已送往县人民医院救治。"
            + "薛城镇政府对周边12户危房住户实施了临时转移安置。</p>";

    static final String UNRELATED =
            "<p>茂县今年新栽种甜樱桃2000亩，全县樱桃种植面积达到3.5万亩，预计年产值突破4亿元。" + "县农业农村局组织技术人员深入田间地头开展修剪和病虫害防治培训，带动5000余户农户增收。</p>";

    @Autowired
    SubmissionService submissions;

    @Autowired
    DeskService desk;

    @Autowired
    ReviewService reviews;

    @BeforeEach
    void accounts() {
        ensureAccounts();
    }

    long submitted(String writer, String head, String title, String body) {
        var form =
                new SubmissionDraft(null, title, body, Category.SAFETY, Urgency.URGENT, null, "负责人", null, List.of());
        long id = accounts.runAs(writer, () -> submissions.submit(form)).id();
        accounts.runAs(head, () -> {
            var task = reviews.inbox("reporting.submission", PageRequest.of(0, 100)).stream()
                    .filter(t -> t.subject().id().equals(String.valueOf(id)))
                    .findFirst()
                    .orElseThrow();
            reviews.approve(task.taskId(), null);
            return null;
        });
        return id;
    }

    @Test
    void theEditorSeesARewordedReportFromAnotherUnitAndNotAnUnrelatedOne() {
        long lixian = submitted("t.lx.writer", "t.lx.head", "薛城镇民房垮塌3人被困全部获救", LIXIAN);
        long maoxian = submitted("t.mx.writer", "t.mx.head", "理县薛城镇民房垮塌致3人被困已全部获救", MAOXIAN);
        long unrelated = submitted("t.mx.writer", "t.mx.head", "茂县甜樱桃产业带动农户增收", UNRELATED);

        List<NearDuplicate> found = accounts.runAs("t.editor", () -> desk.nearDuplicates(lixian));
        assertThat(found).extracting(d -> d.submission().id()).contains(maoxian).doesNotContain(unrelated, lixian);
        NearDuplicate match = found.stream()
                .filter(d -> d.submission().id() == maoxian)
                .findFirst()
                .orElseThrow();
        assertThat(match.similarity()).isBetween(40, 99);
        assertThat(match.submission().unitName()).isEqualTo("茂县人民政府");

        // the editor merges from there: both units are credited
        AdoptionView merged = accounts.runAs("t.editor", () -> desk.merge(List.of(lixian, maoxian), null, null));
        assertThat(merged.credits())
                .extracting(AdoptionView.Credit::organisationId)
                .containsExactlyInAnyOrder(org("lixian"), org("maoxian"));
    }

    @Test
    void onlyEditorsWhoMayReadTheItemAskForItsNearDuplicates() {
        long id = submitted("t.lx.writer", "t.lx.head", "理县敏感情况", "<p>只有高密级可读</p>");
        accounts.runAs("t.mx.writer", () -> {
            assertThatThrownBy(() -> desk.nearDuplicates(id))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            return null;
        });
        long secret = accounts.runAs(
                        "t.lx.writer",
                        () -> submissions.submit(new SubmissionDraft(
                                null,
                                "敏感",
                                "<p>敏感</p>",
                                Category.OTHER,
                                Urgency.ROUTINE,
                                "SENSITIVE",
                                "某",
                                null,
                                List.of())))
                .id();
        accounts.runAs("t.editor.low", () -> {
            assertThatThrownBy(() -> desk.nearDuplicates(secret)).isInstanceOf(NotFoundException.class);
            return null;
        });
    }
}
