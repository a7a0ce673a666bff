package org.civitas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the application under {@code civitas.crypto.profile=gm}, with a field keystore of two keys
 * ({@code k1} current, {@code k2}) made for the context. Every class so annotated shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DatabaseTest
// no demo data: the tests make the accounts and files they check, and the demo's creation cost as much as the
// application's start (the PostgreSQL pass never made it: civitas.demo.mode=auto makes it on H2 only)
@SpringBootTest(properties = {"civitas.crypto.profile=gm", "civitas.demo.mode=never"})
@ContextConfiguration(initializers = GmProfileTest.Keystore.class)
public @interface GmProfileTest {

    /** Writes the keystore into a directory of the context's own and points the settings at it. */
    class Keystore
            implements org.springframework.context.ApplicationContextInitializer<
                    org.springframework.context.ConfigurableApplicationContext> {

        @Override
        public void initialize(org.springframework.context.ConfigurableApplicationContext context) {
            try {
                var dir = java.nio.file.Files.createTempDirectory("civitas-keystore");
                var file = TestKeystores.write(
                        dir.resolve("fields.p12"),
                        "PKCS12",
                        TestKeystores.PASSWORD,
                        java.util.Map.of("k1", TestKeystores.randomKey(), "k2", TestKeystores.randomKey()));
                context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new org.springframework.core.env.MapPropertySource(
                                "civitasTestKeystore",
                                java.util.Map.of(
                                        "civitas.crypto.keystore.path",
                                        file.toString(),
                                        "civitas.crypto.keystore.password",
                                        TestKeystores.PASSWORD,
                                        "civitas.crypto.keystore.current-key",
                                        "k1")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
