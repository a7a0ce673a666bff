package org.civitas.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one application context of the integration tests: the whole application with the demo data, MockMvc, and
 * {@code admin} (and every demo account) with {@link #ADMIN_PASSWORD}. Every test class so annotated shares it, in
 * the H2 pass and again in the PostgreSQL pass, so the application starts once per pass instead of once per kind
 * of class. It includes {@link TestOnlyApi}, an API that fails on purpose. A test that needs a configuration of its own (another property, a mock bean) says so with its own
 * {@code @SpringBootTest} and a comment why; see docs/testing.md.
 *
 * <p>Because the database is shared, a test makes the users and records it changes (see {@link RunAs}) and
 * asserts relative to what it made, never on a count or "the first" of the demo data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        properties = {
            "civitas.demo.mode=always",
            "civitas.identity.admin-password=" + CivitasIntegrationTest.ADMIN_PASSWORD,
            // the peer page-cache eviction polls the database every 2 s for notes of other copies, which a
            // test application has none of; PeerEvictionIntegrationTest calls it itself
            "civitas.publishing.peer-sync=1h"
        })
@AutoConfigureMockMvc
@Import(TestOnlyApi.class)
public @interface CivitasIntegrationTest {

    /** The first password of {@code admin} and of every demo account in the shared test application. */
    String ADMIN_PASSWORD = "Civitas#Test-2026";
}
