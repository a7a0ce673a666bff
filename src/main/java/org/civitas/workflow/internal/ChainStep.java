package org.civitas.workflow.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.civitas.workflow.ReviewChainStep;
import org.civitas.workflow.ReviewStepScope;

/** A row of {@code review_chain_step}; its position is the list index kept by {@link Chain}. */
@Embeddable
class ChainStep {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "role_code", nullable = false, length = 64)
    private String roleCode;

    // a plain string rather than @Enumerated, so that schema validation sees the same varchar on H2 and PostgreSQL
    @Column(nullable = false, length = 32)
    private String scope;

    @Column(name = "organisation_id")
    private Long organisationId;

    protected ChainStep() {}

    ChainStep(ReviewChainStep step) {
        this.name = step.name();
        this.roleCode = step.roleCode();
        this.scope = step.scope().name();
        this.organisationId = step.organisationId();
    }

    ReviewChainStep view() {
        return new ReviewChainStep(name, roleCode, ReviewStepScope.valueOf(scope), organisationId);
    }
}
