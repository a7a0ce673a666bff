package org.civitas.reporting;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.DataScope;
import org.civitas.identity.RoleForm;
import org.civitas.identity.RoleService;
import org.civitas.identity.RoleView;
import org.civitas.identity.UserForm;
import org.civitas.identity.UserService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.workflow.ReviewChainDefinition;
import org.civitas.workflow.ReviewChainService;
import org.civitas.workflow.ReviewChainStep;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The real accounts of the desk tests, made once per database through identity's services:
 * {@code t.lx.writer}/{@code t.lx.head} report for 理县, {@code t.mx.writer}/{@code t.mx.head} for 茂县,
 * {@code t.editor} edits everything with the highest clearance, {@code t.editor.low} with the lowest.
 * Both counties are COUNTY units whose sign-off chain has one step for the unit's head.
 */
final class DeskAccounts {

    static final String CHAIN = "t-reporting-signoff";
    static final String PASSWORD = "Desk#Account-2026";
    static final String OWN_PASSWORD = "Desk#Mine-2026-x";

    private final UserDetailsService userDetails;
    private final UserService users;
    private final RoleService roles;
    private final ReviewChainService chains;
    private final ReportingUnitService units;
    private final OrganisationDirectory organisations;

    DeskAccounts(
            UserDetailsService userDetails,
            UserService users,
            RoleService roles,
            ReviewChainService chains,
            ReportingUnitService units,
            OrganisationDirectory organisations) {
        this.userDetails = userDetails;
        this.users = users;
        this.roles = roles;
        this.chains = chains;
        this.units = units;
        this.organisations = organisations;
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
        runAs("admin", () -> users.create(new UserForm("t.office", "测试 t.office", office, null, null, PASSWORD)));
        runAs("t.office", () -> {
            users.changeOwnPassword(PASSWORD, OWN_PASSWORD);
            return null;
        });
        runAs("secadmin", () -> {
            RoleView editor = role("T_REPORTING_EDITOR", Set.of(ReportingPermissions.EDIT, ReportingPermissions.ADMIN));
            RoleView compiler = role("T_JOURNAL_COMPILER", Set.of("journal:compile", "journal:read", "journal:manage"));
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
        people.forEach((username, org) -> {
            runAs("admin", () -> users.create(new UserForm(username, "测试 " + username, org, null, null, PASSWORD)));
            // the console admits a user with an initial password to nothing but the password change
            runAs(username, () -> {
                users.changeOwnPassword(PASSWORD, OWN_PASSWORD);
                return null;
            });
        });
        runAs("secadmin", () -> {
            RoleView writer = role("T_REPORTING_WRITER", Set.of(ReportingPermissions.SUBMIT, "storage:upload"));
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

    private RoleView role(String code, Set<String> permissions) {
        return roles.roles().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseGet(() -> roles.create(new RoleForm(code, code, null, permissions)));
    }

    long org(String code) {
        return organisations.all().stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    long id(String username) {
        return ((CivitasUser) userDetails.loadUserByUsername(username)).id();
    }

    private boolean exists(String username) {
        try {
            userDetails.loadUserByUsername(username);
            return true;
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }

    /** Signs in the real account {@code username} with its grants as they are now. */
    void signIn(String username) {
        var principal = (CivitasUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    <T> T runAs(String username, Supplier<T> action) {
        signIn(username);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
