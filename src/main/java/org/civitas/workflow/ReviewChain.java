package org.civitas.workflow;

import java.time.Instant;
import java.util.List;

/**
 * A review chain definition: the ordered steps an item passes. Reviews copy the steps when they start,
 * so changing or deleting a chain never disturbs reviews already under way.
 *
 * @param version changes with every save; pass it back when changing the chain
 */
public record ReviewChain(
        long id, String code, String name, List<ReviewChainStep> steps, long version, Instant updatedAt) {

    public ReviewChain {
        steps = List.copyOf(steps);
    }
}
