package org.civitas.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips database tests in the PostgreSQL pass when no PostgreSQL answers at 127.0.0.1:5432. */
class PostgresAvailableCondition implements ExecutionCondition {

    private static Boolean answers;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabases.postgresRequested()) {
            return ConditionEvaluationResult.enabled("running on H2");
        }
        if (answers == null) {
            answers = TestDatabases.postgresAnswers();
            if (!answers) {
                System.err.println("SKIPPED: PostgreSQL at 127.0.0.1:5432 does not answer; "
                        + "the PostgreSQL pass of the database tests is skipped.");
            }
        }
        return answers
                ? ConditionEvaluationResult.enabled("PostgreSQL answers at 127.0.0.1:5432")
                : ConditionEvaluationResult.disabled("PostgreSQL at 127.0.0.1:5432 does not answer: skipped");
    }
}
