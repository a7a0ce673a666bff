package org.civitas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that touches the database: it runs once on H2 and again, in the second
 * surefire pass, on the real PostgreSQL at 127.0.0.1:5432 (skipped, saying so, when that does not answer).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@ExtendWith(PostgresAvailableCondition.class)
public @interface DatabaseTest {}
