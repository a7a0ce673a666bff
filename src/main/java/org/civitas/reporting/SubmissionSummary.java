package org.civitas.reporting;

import java.time.Instant;

/** A submission as lists show it. {@code submittedAt} is null until the unit head signed it off. */
public record SubmissionSummary(
        long id,
        String title,
        long organisationId,
        String unitName,
        UnitType unitType,
        Category category,
        Urgency urgency,
        String label,
        SubmissionState state,
        boolean edited,
        Instant createdAt,
        Instant submittedAt) {}
