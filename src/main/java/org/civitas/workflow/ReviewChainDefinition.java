package org.civitas.workflow;

import java.util.List;

/**
 * What a chain should be, as given when defining or changing it.
 *
 * @param code stable identifier other modules start reviews with: 2–64 of {@code a-z 0-9 - _}, starting with a letter;
 *     it cannot change once defined
 * @param steps in order; may be empty, then starting a review approves the item at once
 */
public record ReviewChainDefinition(String code, String name, List<ReviewChainStep> steps) {

    public ReviewChainDefinition {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
