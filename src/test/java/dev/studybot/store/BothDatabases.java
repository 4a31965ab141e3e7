package dev.studybot.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test twice, on SQLite and on PostgreSQL; it may take a {@link Database}, a
 * {@link MutableClock} (the database's clock) and a {@link Dialect}. Each test class gets its own
 * fresh database per dialect, migrated by the real Flyway migrations. Public so that feature tests
 * (progress, leaderboard) run on both databases the same way the store's own tests do.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(DatabaseExtension.class)
public @interface BothDatabases {}
