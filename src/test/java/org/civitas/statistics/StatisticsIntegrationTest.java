package org.civitas.statistics;

import java.util.Locale;
import org.civitas.identity.OrganisationService;
import org.civitas.identity.RoleService;
import org.civitas.identity.UserService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.reporting.DeskService;
import org.civitas.reporting.ReportingUnitService;
import org.civitas.reporting.SubmissionService;
import org.civitas.support.CivitasIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * One application context for the statistics tests (with the demo data, so that the demo's units and
 * history are around as in real use), with the {@link StatisticsFixture} and recorded events.
 * Subclasses carry {@link org.civitas.support.DatabaseTest} themselves.
 */
@CivitasIntegrationTest
@RecordApplicationEvents
abstract class StatisticsIntegrationTest {

    static final String PASSWORD = CivitasIntegrationTest.ADMIN_PASSWORD;

    @Autowired
    ApplicationEvents events;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    UserService users;

    @Autowired
    RoleService roles;

    @Autowired
    OrganisationService organisationService;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    ReportingUnitService units;

    @Autowired
    SubmissionService submissions;

    @Autowired
    DeskService desk;

    @Autowired
    JdbcTemplate jdbc;

    StatisticsFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new StatisticsFixture(
                        userDetails, users, roles, organisationService, organisations, units, submissions, desk, jdbc)
                .ensure();
        events.clear();
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        LocaleContextHolder.resetLocaleContext();
    }
}
