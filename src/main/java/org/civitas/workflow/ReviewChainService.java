package org.civitas.workflow;

import java.util.List;
import java.util.Optional;

/**
 * Defines the review chains that content review, submission sign-off and edition sign-off run on.
 * Reads need {@link WorkflowPermissions#CHAIN_READ}, writes {@link WorkflowPermissions#CHAIN_WRITE};
 * each write publishes one of {@link ReviewChainDefined}, {@link ReviewChainChanged}, {@link ReviewChainDeleted}.
 */
public interface ReviewChainService {

    /** All chains by code. */
    List<ReviewChain> list();

    Optional<ReviewChain> find(String code);

    /** Defines a new chain; refuses a taken or malformed code, a blank name and incomplete steps. */
    ReviewChain define(ReviewChainDefinition definition);

    /**
     * Replaces name and steps of the chain {@code code} (the definition's code must be the same).
     * Refuses when the chain was saved by someone else since {@code expectedVersion} was read.
     */
    ReviewChain change(String code, ReviewChainDefinition definition, long expectedVersion);

    /** Deletes the chain; reviews under way on it go on with the steps they copied. */
    void delete(String code);
}
