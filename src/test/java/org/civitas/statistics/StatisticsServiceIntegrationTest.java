package org.civitas.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.civitas.platform.DomainException;
import org.civitas.reporting.InstructionDraft;
import org.civitas.reporting.InstructionLevel;
import org.civitas.reporting.InstructionService;
import org.civitas.reporting.InstructionSubject;
import org.civitas.reporting.SubmissionQuery;
import org.civitas.statistics.StatisticsReport.UnitRow;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The figures per unit, kind of unit and period, and who counts what (see {@link StatisticsFixture}). */
@DatabaseTest
class StatisticsServiceIntegrationTest extends StatisticsIntegrationTest {

    @Autowired
    StatisticsService statistics;

    @Autowired
    InstructionService instructions;

    @Test
    void countsSubmissionsByTheirSubmissionDayAndAdoptionsByTheirAdoptionDay() {
        var october = report("t.st.editor", Period.month(2025, 10));
        assertThat(row(october, fixture.unitA).values())
                .containsEntry("submitted", 1d)
                .containsEntry("adopted", 1d)
                .containsEntry("adoptionRate", 100d)
                .containsEntry("quota", 2d)
                .containsEntry("quotaMet", 0d);
        // nothing submitted: no rate at all rather than 0 %
        assertThat(row(october, fixture.unitB).values())
                .containsEntry("submitted", 0d)
                .doesNotContainKey("adoptionRate");

        var november = report("t.st.editor", Period.month(2025, 11));
        // the merged adoption credits both units once
        assertThat(row(november, fixture.unitA).values())
                .containsEntry("submitted", 2d)
                .containsEntry("adopted", 2d)
                .containsEntry("quotaMet", 1d);
        assertThat(row(november, fixture.unitB).values())
                .containsEntry("submitted", 2d)
                .containsEntry("adopted", 1d)
                .containsEntry("adoptionRate", 50d)
                .containsEntry("quotaMet", 1d);
        assertThat(row(november, fixture.unitA).rank()).isEqualTo(1);
        assertThat(row(november, fixture.unitB).rank()).isEqualTo(2);

        var quarter = report("t.st.editor", Period.quarter(2025, 4));
        assertThat(row(quarter, fixture.unitA).values())
                .containsEntry("submitted", 3d)
                .containsEntry("adopted", 3d)
                .containsEntry("quota", 6d)
                .containsEntry("quotaMet", 0d);
        var year = report("t.st.editor", Period.year(2025));
        assertThat(row(year, fixture.unitA).values())
                .containsEntry("submitted", 3d)
                .containsEntry("quota", 24d);
        assertThat(row(year, fixture.unitB).values())
                .containsEntry("submitted", 2d)
                .containsEntry("adopted", 1d);
        assertThat(report("t.st.editor", Period.month(2025, 9)).total().value("submitted"))
                .isZero();
    }

    @Test
    void sumsPerKindOfUnitAndInAll() {
        var november = report("t.st.editor", Period.quarter(2025, 4));
        var direct = november.groups().stream()
                .filter(g -> g.group().code().equals("DIRECT"))
                .findFirst()
                .orElseThrow();
        // the demo's history lies in the last three months, not in 2025: only the fixture counts
        assertThat(direct.values())
                .containsEntry("submitted", 5d)
                .containsEntry("adopted", 4d)
                .containsEntry("adoptionRate", 80d)
                .containsEntry("quotaMet", 0d);
        assertThat(direct.unitCount()).isGreaterThanOrEqualTo(2);
        assertThat(direct.value("quota")).isEqualTo(direct.unitCount() * 6d);
        assertThat(november.total().value("submitted")).isEqualTo(5d);
        assertThat(november.groups()).hasSize(3);

        var onlyDirect =
                statisticsAs("t.st.editor", new StatisticsQuery(Period.quarter(2025, 4), "DIRECT", "submitted", true));
        assertThat(onlyDirect.groups()).hasSize(1);
        assertThat(onlyDirect.units()).allMatch(u -> u.unit().group().equals("DIRECT"));
        assertThat(onlyDirect.units().getFirst().unit().organisationId()).isEqualTo(fixture.unitA);
        assertThat(onlyDirect.trend()).hasSize(3);
        assertThat(onlyDirect.trend().get(1).value("submitted")).isEqualTo(4d);
    }

    @Test
    void aViewerWithoutClearanceCountsAsIfTheHiddenItemsDidNotExist() {
        var high = row(report("t.st.editor", Period.month(2025, 11)), fixture.unitA);
        var low = row(report("t.st.low", Period.month(2025, 11)), fixture.unitA);
        assertThat(high.value("submitted")).isEqualTo(2d);
        assertThat(low.value("submitted")).isEqualTo(1d);
        assertThat(low.value("adopted")).isEqualTo(1d);
        // with one item fewer the quota of two is no longer met
        assertThat(low.value("quotaMet")).isZero();
        // the same count the reporting module's own list gives the same viewer
        long listed = fixture.runAs(
                "t.st.low",
                () -> submissions.count(new SubmissionQuery(
                        fixture.unitA, null, null, null, null, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30))));
        assertThat(low.value("submitted")).isEqualTo((double) listed);
        assertThat(row(report("t.st.low", Period.month(2025, 11)), fixture.unitB)
                        .value("submitted"))
                .isEqualTo(2d);
    }

    @Test
    void instructionsAndScoresLeaveOutInstructionsOnItemsAboveTheViewersClearance() {
        // August 2025 holds nothing else of the fixture: only these instructions count there
        Period august = Period.month(2025, 8);
        long open = adoptionOf("甲单位十月信息");
        long sensitive = adoptionOf("甲单位敏感信息");
        instruct(open);
        var before = row(report("t.st.editor", august), fixture.unitA);
        assertThat(before.value("instructions")).isPositive();

        instruct(sensitive); // on the SENSITIVE item, which t.st.low may not read

        var high = row(report("t.st.editor", august), fixture.unitA);
        var low = row(report("t.st.low", august), fixture.unitA);
        assertThat(high.value("instructions")).isEqualTo(before.value("instructions") + 1);
        assertThat(high.value("score")).isGreaterThan(before.value("score"));
        // the low-clearance viewer counts exactly as if the hidden instruction did not exist
        assertThat(low.value("instructions")).isEqualTo(before.value("instructions"));
        assertThat(low.value("score")).isEqualTo(before.value("score"));
        assertThat(report("t.st.low", august).total().value("instructions"))
                .isEqualTo(report("t.st.editor", august).total().value("instructions") - 1);
    }

    private long adoptionOf(String title) {
        return jdbc.queryForObject(
                "select adoption_id from reporting_submission where title = ? and adoption_id is not null",
                Long.class,
                title);
    }

    private void instruct(long adoptionId) {
        fixture.runAs(
                "t.st.editor",
                () -> instructions.record(new InstructionDraft(
                        InstructionSubject.ADOPTION,
                        adoptionId,
                        "王市长",
                        InstructionLevel.MUNICIPAL,
                        "请认真研究，抓好落实。",
                        LocalDate.of(2025, 8, 15),
                        null,
                        null)));
    }

    @Test
    void aUnitSeesOnlyItsOwnUnit() {
        var own = report("t.st.a", Period.quarter(2025, 4));
        assertThat(own.units()).hasSize(1);
        assertThat(own.units().getFirst().unit().name()).isEqualTo(StatisticsFixture.UNIT_A);
        assertThat(own.units().getFirst().values()).containsEntry("submitted", 3d);
        assertThat(own.total().value("submitted")).isEqualTo(3d);
        assertThat(own.total().unitCount()).isEqualTo(1);
    }

    @Test
    void refusesViewersWithoutThePermissionAndUnknownKinds() {
        assertThatThrownBy(() -> report("t.st.none", Period.year(2025))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> statisticsAs("t.st.editor", new StatisticsQuery(Period.year(2025), "NOPE", null, false)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Period.parse("2025-13")).isInstanceOf(DomainException.class);
        assertThat(Period.parse("2025-Q4")).isEqualTo(Period.quarter(2025, 4));
        assertThat(Period.quarter(2025, 4).end()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    private StatisticsReport report(String viewer, Period period) {
        return statisticsAs(viewer, StatisticsQuery.of(period));
    }

    private StatisticsReport statisticsAs(String viewer, StatisticsQuery query) {
        return fixture.runAs(viewer, () -> statistics.report(query));
    }

    private static UnitRow row(StatisticsReport report, long organisationId) {
        return report.units().stream()
                .filter(u -> u.unit().organisationId() == organisationId)
                .findFirst()
                .orElseThrow();
    }
}
