package org.civitas.reporting;

import java.util.Map;
import java.util.Set;
import org.civitas.identity.DataScope;
import org.civitas.identity.RoleService;
import org.civitas.identity.RoleView;
import org.civitas.identity.UserService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.journal.JournalPermissions;
import org.civitas.storage.StoragePermissions;
import org.civitas.support.TestAccounts;
import org.civitas.workflow.ReviewChainDefinition;
import org.civitas.workflow.ReviewChainService;
import org.civitas.workflow.ReviewChainStep;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The real accounts of the desk tests, made once per database through identity's services:
 * {@code t.lx.writer}/{@code t.lx.head} report for 理县, {@code t.mx.writer}/{@code t.mx.head} for 茂县,
 * {@code t.editor} edits everything with the highest clearance, {@code t.editor.low} with the lowest.
 * Both counties are COUNTY units whose sign-off chain has one step for the unit's head.
 */
final class DeskAccounts extends TestAccounts {

    static final String CHAIN = "t-reporting-signoff";
    static final String PASSWORD = "Desk#Account-2026";
    static final String OWN_PASSWORD = "Desk#Mine-2026-x";

    private final RoleService roles;
    private final ReviewChainService chains;
    private final ReportingUnitService units;

    DeskAccounts(
            UserDetailsService userDetails,
            UserService users,
            RoleService roles,
            ReviewChainService chains,
            ReportingUnitService units,
            OrganisationDirectory organisations) {
        super(userDetails, users, roles, organisations);
        this.roles = roles;
        this.chains = chains;
        this.units = units;
    }

    void ensure() {
        if (!exists("t.editor.low")) {
            create();
        }
        // other tests of the same context may have changed units or types: put them back
        runAs("t.editor", () -> {
            for (String code : new String[] {"lixian", "maoxian"}) {
                long org = org(code);
                var unit = units.find(org);
                if (unit.isEmpty()) {
                    units.flag(org, UnitType.COUNTY);
                } else if (unit.get().type() != UnitType.COUNTY) {
                    units.flag(org, UnitType.COUNTY);
                }
            }
            var county = units.typeSettings(UnitType.COUNTY);
            if (!CHAIN.equals(county.signoffChain())) {
                units.configure(UnitType.COUNTY, county.monthlyQuota(), CHAIN, county.version());
            }
            return null;
        });
    }

    /**
     * {@code t.office}: an office editor who also compiles journal editions (adds adopted items, releases), with
     * the highest clearance; made once per database.
     */
    void ensureOffice() {
        ensure();
        if (exists("t.office")) {
            return;
        }
        long office = org("aba-office");
        create("t.office", office, PASSWORD, OWN_PASSWORD);
        runAs("secadmin", () -> {
            RoleView editor = role("T_REPORTING_EDITOR", Set.of(ReportingPermissions.EDIT, ReportingPermissions.ADMIN));
            RoleView compiler = role(
                    "T_JOURNAL_COMPILER",
                    Set.of(JournalPermissions.COMPILE, JournalPermissions.READ, JournalPermissions.MANAGE));
            roles.grant(id("t.office"), editor.id(), DataScope.ALL, office);
            roles.grant(id("t.office"), compiler.id(), DataScope.ALL, office);
            roles.setClearance(id("t.office"), labelsHighest());
            return null;
        });
    }

    private void create() {
        long lixian = org("lixian");
        long maoxian = org("maoxian");
        long office = org("aba-office");
        Map<String, Long> people = Map.of(
                "t.lx.writer", lixian,
                "t.lx.head", lixian,
                "t.mx.writer", maoxian,
                "t.mx.head", maoxian,
                "t.editor", office,
                "t.editor.low", office);
        people.forEach((username, org) -> create(username, org, PASSWORD, OWN_PASSWORD));
        runAs("secadmin", () -> {
            RoleView writer =
                    role("T_REPORTING_WRITER", Set.of(ReportingPermissions.SUBMIT, StoragePermissions.UPLOAD));
            RoleView head = role("T_REPORTING_HEAD", Set.of(ReportingPermissions.SIGNOFF));
            RoleView editor = role("T_REPORTING_EDITOR", Set.of(ReportingPermissions.EDIT, ReportingPermissions.ADMIN));
            roles.grant(id("t.lx.writer"), writer.id(), DataScope.OWN, lixian);
            roles.grant(id("t.mx.writer"), writer.id(), DataScope.OWN, maoxian);
            roles.grant(id("t.lx.head"), head.id(), DataScope.OWN, lixian);
            roles.grant(id("t.mx.head"), head.id(), DataScope.OWN, maoxian);
            roles.grant(id("t.editor"), editor.id(), DataScope.ALL, office);
            roles.grant(id("t.editor.low"), editor.id(), DataScope.ALL, office);
            String highest = labelsHighest();
            roles.setClearance(id("t.editor"), highest);
            roles.setClearance(id("t.lx.writer"), highest);
            return null;
        });
        runAs(
                "admin",
                () -> chains.find(CHAIN)
                        .orElseGet(() -> chains.define(new ReviewChainDefinition(
                                CHAIN,
                                "报送单位签发",
                                java.util.List.of(
                                        ReviewChainStep.inSubjectOrganisation("单位负责人签发", "T_REPORTING_HEAD"))))));
    }

    private String labelsHighest() {
        return "SENSITIVE";
    }
}
