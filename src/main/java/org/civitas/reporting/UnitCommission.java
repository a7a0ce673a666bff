package org.civitas.reporting;

import java.time.LocalDate;

/** A commission as one asked unit sees it. */
public record UnitCommission(
        long commissionId,
        String title,
        LocalDate dueDate,
        CommissionState state,
        long organisationId,
        String unitName,
        AnswerStatus status) {}
