package org.civitas.statistics;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.civitas.identity.DataScope;
import org.civitas.identity.OrganisationDraft;
import org.civitas.identity.OrganisationService;
import org.civitas.identity.RoleService;
import org.civitas.identity.RoleView;
import org.civitas.identity.UserService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.reporting.Category;
import org.civitas.reporting.DeskService;
import org.civitas.reporting.ReportingPermissions;
import org.civitas.reporting.ReportingUnitService;
import org.civitas.reporting.SubmissionDraft;
import org.civitas.reporting.SubmissionService;
import org.civitas.reporting.UnitType;
import org.civitas.reporting.Urgency;
import org.civitas.support.TestAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two fresh direct reporting points with a known history in 2025 (the demo's history is in the last
 * three months, so it never overlaps), made once per database through the real services, then dated
 * back with SQL because the services stamp the present:
 *
 * <pre>
 * unit  item            label      submitted    adopted
 * 甲    A1              PUBLIC     2025-10-10   2025-10-20  alone
 * 甲    A2              PUBLIC     2025-11-12   2025-11-20  merged with B1 (one item crediting 甲 and 乙)
 * 甲    A3              SENSITIVE  2025-11-15   2025-11-21  alone
 * 乙    B1              PUBLIC     2025-11-13   2025-11-20  merged with A2
 * 乙    B2              PUBLIC     2025-11-14   —           returned
 * </pre>
 *
 * The direct points' monthly quota is {@link #QUOTA}. Accounts: {@code t.st.editor} edits every unit
 * with the highest clearance, {@code t.st.low} the same with the lowest, {@code t.st.a} writes for 甲
 * with the highest clearance and reads its statistics, {@code t.st.none} writes for 乙 without statistics.
 */
final class StatisticsFixture extends TestAccounts {

    static final String PASSWORD = "Stats#Account-2026";
    static final String OWN_PASSWORD = "Stats#Mine-2026-x";
    static final String UNIT_A = "统计测试单位甲";
    static final String UNIT_B = "统计测试单位乙";
    static final int QUOTA = 2;

    private final RoleService roles;
    private final OrganisationService organisationService;
    private final ReportingUnitService units;
    private final SubmissionService submissions;
    private final DeskService desk;
    private final JdbcTemplate jdbc;

    long unitA;
    long unitB;

    StatisticsFixture(
            UserDetailsService userDetails,
            UserService users,
            RoleService roles,
            OrganisationService organisationService,
            OrganisationDirectory organisations,
            ReportingUnitService units,
            SubmissionService submissions,
            DeskService desk,
            JdbcTemplate jdbc) {
        super(userDetails, users, roles, organisations);
        this.roles = roles;
        this.organisationService = organisationService;
        this.units = units;
        this.submissions = submissions;
        this.desk = desk;
        this.jdbc = jdbc;
    }

    StatisticsFixture ensure() {
        if (!exists("t.st.editor")) {
            create();
        }
        unitA = org("t-stat-a");
        unitB = org("t-stat-b");
        return this;
    }

    private void create() {
        long aba = org("aba");
        unitA = runAs(
                "admin",
                () -> organisationService
                        .create(new OrganisationDraft(UNIT_A, "t-stat-a", "UNIT", aba, 90))
                        .id());
        unitB = runAs(
                "admin",
                () -> organisationService
                        .create(new OrganisationDraft(UNIT_B, "t-stat-b", "UNIT", aba, 91))
                        .id());
        long office = org("aba-office");
        List.of("t.st.editor", "t.st.low").forEach(u -> user(u, office));
        user("t.st.a", unitA);
        user("t.st.none", unitB);
        runAs("secadmin", () -> {
            RoleView editor = role(
                    "T_STAT_EDITOR",
                    Set.of(ReportingPermissions.EDIT, ReportingPermissions.ADMIN, StatisticsPermissions.READ));
            RoleView writer = role("T_STAT_WRITER", Set.of(ReportingPermissions.SUBMIT, StatisticsPermissions.READ));
            RoleView plain = role("T_STAT_PLAIN", Set.of(ReportingPermissions.SUBMIT));
            roles.grant(id("t.st.editor"), editor.id(), DataScope.ALL, office);
            roles.grant(id("t.st.low"), editor.id(), DataScope.ALL, office);
            roles.grant(id("t.st.a"), writer.id(), DataScope.OWN, unitA);
            roles.grant(id("t.st.none"), plain.id(), DataScope.OWN, unitB);
            roles.setClearance(id("t.st.editor"), "SENSITIVE");
            roles.setClearance(id("t.st.a"), "SENSITIVE");
            return null;
        });
        runAs("t.st.editor", () -> {
            units.flag(unitA, UnitType.DIRECT);
            units.flag(unitB, UnitType.DIRECT);
            var direct = units.typeSettings(UnitType.DIRECT);
            // no sign-off chain: items reach the office at once, so the test needs no unit head
            units.configure(UnitType.DIRECT, QUOTA, null, direct.version());
            return null;
        });
        long a1 = submit("t.st.a", "甲单位十月信息", "PUBLIC");
        long a2 = submit("t.st.a", "甲单位十一月信息", "PUBLIC");
        long a3 = submit("t.st.a", "甲单位敏感信息", "SENSITIVE");
        long b1 = submit("t.st.none", "乙单位十一月信息", "PUBLIC");
        long b2 = submit("t.st.none", "乙单位被退回的信息", "PUBLIC");
        runAs("t.st.editor", () -> {
            desk.adopt(a1);
            desk.merge(List.of(a2, b1), "甲乙两单位综合信息", null);
            desk.adopt(a3);
            desk.returnToUnit(b2, "内容不完整");
            return null;
        });
        date(a1, "2025-10-10", "2025-10-20");
        date(a2, "2025-11-12", "2025-11-20");
        date(a3, "2025-11-15", "2025-11-21");
        date(b1, "2025-11-13", "2025-11-20");
        date(b2, "2025-11-14", "2025-11-16");
    }

    private long submit(String writer, String title, String label) {
        return runAs(
                writer,
                () -> submissions
                        .submit(new SubmissionDraft(
                                null,
                                title,
                                "<p>" + title + "：正文。</p>",
                                Category.GOVERNMENT_AFFAIRS,
                                Urgency.ROUTINE,
                                label,
                                "负责人",
                                null,
                                List.of()))
                        .id());
    }

    /** Moves an item (and the item it was adopted into) to noon of the given days in the server's zone. */
    private void date(long id, String submitted, String decided) {
        var at = java.sql.Timestamp.from(LocalDateTime.parse(submitted + "T12:00")
                .atZone(ZoneId.systemDefault())
                .toInstant());
        var then = java.sql.Timestamp.from(LocalDateTime.parse(decided + "T12:00")
                .atZone(ZoneId.systemDefault())
                .toInstant());
        jdbc.update("update reporting_submission set submitted_at = ?, decided_at = ? where id = ?", at, then, id);
        jdbc.update(
                "update reporting_adoption set adopted_at = ? where id = (select adoption_id from reporting_submission where id = ?)",
                then,
                id);
    }

    private void user(String username, long organisation) {
        create(username, organisation, PASSWORD, OWN_PASSWORD);
    }
}
