package org.civitas.reporting;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the office asks for when it issues a commission (约稿). The asked units are the union of every
 * reporting unit ({@code allUnits}), the units of the {@code unitTypes} and the {@code organisationIds}
 * named, resolved when it is issued.
 *
 * @param description plain text: the topic and what the office wants to know
 * @param dueDate the last day an answer counts as on time
 */
public record CommissionDraft(
        String title,
        String description,
        LocalDate dueDate,
        boolean allUnits,
        Set<UnitType> unitTypes,
        Set<Long> organisationIds) {

    public CommissionDraft {
        unitTypes = unitTypes == null ? Set.of() : Set.copyOf(unitTypes);
        organisationIds = organisationIds == null ? Set.of() : Set.copyOf(organisationIds);
    }
}
