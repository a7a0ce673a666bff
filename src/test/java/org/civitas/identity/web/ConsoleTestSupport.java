package org.civitas.identity.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.UUID;
import java.util.function.Supplier;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.UserDraft;
import org.civitas.identity.UserService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.RunningAs;
import org.civitas.support.CivitasIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The console tests share one application context (same properties) with the demo data: {@code admin}
 * (system administrator), {@code secadmin}, {@code auditor} and {@code wenchuan.admin} (unit administrator
 * of 汶川县人民政府 and below), all with {@link #PASSWORD}. Tests that change data use names of their own.
 */
@CivitasIntegrationTest
abstract class ConsoleTestSupport {

    static final String PASSWORD = CivitasIntegrationTest.ADMIN_PASSWORD;

    /** The password of a created user who has replaced the initial one (see {@link #createActiveUser}). */
    static final String OWN_PASSWORD = "Chosen#Myself-2026";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    UserService userService;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    /** Acts as the demo user {@code username}, with their grants as they are now. */
    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    /** Runs {@code action} signed in as {@code username}, for arranging data through the services. */
    <T> T runAs(String username, Supplier<T> action) {
        return RunningAs.account(userDetails.loadUserByUsername(username), action);
    }

    OrganisationView org(String code) {
        return directory.all().stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no organisation " + code));
    }

    /** A name no other test uses. */
    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a user (as admin) in the organisation with {@code orgCode}, with the shared password. */
    long createUser(String username, String orgCode) {
        return runAs(
                "admin",
                () -> userService
                        .create(new UserDraft(
                                username, "测试用户 " + username, org(orgCode).id(), null, null, PASSWORD))
                        .user()
                        .id());
    }

    /** Creates a user who has already replaced the initial password, so the console admits them everywhere. */
    long createActiveUser(String username, String orgCode) {
        long id = createUser(username, orgCode);
        runAs(username, () -> {
            userService.changeOwnPassword(PASSWORD, OWN_PASSWORD);
            return null;
        });
        return id;
    }

    long userId(String username) {
        return ((org.civitas.identity.CivitasUser) userDetails.loadUserByUsername(username)).id();
    }
}
