package org.civitas.reporting;

import java.time.LocalDate;

/**
 * What the inbox and the unit's list filter by; every field may be null (no restriction). Dates are
 * inclusive days of submission (of creation, for items not yet submitted) in the server's time zone.
 */
public record SubmissionQuery(
        Long organisationId,
        UnitType unitType,
        Urgency urgency,
        SubmissionState state,
        String label,
        LocalDate from,
        LocalDate to) {

    public static SubmissionQuery none() {
        return new SubmissionQuery(null, null, null, null, null, null, null);
    }
}
