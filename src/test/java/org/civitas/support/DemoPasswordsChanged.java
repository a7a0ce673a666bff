package org.civitas.support;

import java.util.List;
import javax.sql.DataSource;
import org.civitas.support.browser.BrowserTesting;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Demo accounts must change their shared password at the first sign-in (issue 10). Most tests act as a
 * demo account through MockMvc or the services and are about something else, so their contexts start
 * with every demo account past that step: once the application is ready, the accounts that exist then
 * (the demo's, never {@code admin}) no longer have to change their password. Browser tests and tests
 * marked {@link DemoFirstSignIn} keep the rule, and sign in through it (see
 * {@code ConsoleSignIn.passForcedPasswordChange}). Registered in {@code META-INF/spring.factories}.
 */
public class DemoPasswordsChanged implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        var annotations = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY);
        if (annotations.isPresent(DemoFirstSignIn.class) || annotations.isPresent(BrowserTesting.class)) {
            return null;
        }
        return new Customizer();
    }

    /** All instances are equal, so that the contexts of tests with the same configuration are still shared. */
    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.addApplicationListener(event -> {
                if (event instanceof ApplicationReadyEvent ready) {
                    passFirstSignIn(ready.getApplicationContext()
                            .getBeanProvider(DataSource.class)
                            .getIfAvailable());
                }
            });
        }

        private static void passFirstSignIn(DataSource dataSource) {
            if (dataSource == null) {
                return;
            }
            try {
                new JdbcTemplate(dataSource)
                        .update("update app_user set must_change_password = false"
                                + " where must_change_password = true and lower(username) <> 'admin'");
            } catch (DataAccessException noAccounts) {
                // a context without the identity schema has no demo accounts
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
