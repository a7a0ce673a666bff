package org.civitas.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring test whose demo accounts still face their first sign-in, as on a new installation: each
 * must change the shared password before anything else. Browser tests ({@code @BrowserTesting}) are treated
 * the same way. Every other test context starts with the demo accounts past that step, see
 * {@link DemoPasswordsChanged}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DemoFirstSignIn {}
