package org.civitas.workflow.web;

import java.util.ArrayList;
import java.util.List;
import org.civitas.workflow.ReviewChain;
import org.civitas.workflow.ReviewChainDefinition;
import org.civitas.workflow.ReviewChainStep;
import org.civitas.workflow.ReviewStepScope;

/**
 * The chain form as typed: rows of steps edited without scripts (add, remove and move-up buttons post
 * the form back). Property names match those the chain service names in its refusals.
 */
class ChainForm {

    private String code;
    private String name;
    private List<Step> steps = new ArrayList<>();
    private long version;

    static ChainForm blank() {
        var form = new ChainForm();
        form.steps.add(new Step());
        return form;
    }

    static ChainForm of(ReviewChain chain) {
        var form = new ChainForm();
        form.code = chain.code();
        form.name = chain.name();
        form.version = chain.version();
        chain.steps().forEach(s -> form.steps.add(Step.of(s)));
        return form;
    }

    /** The definition to save: blank rows are left out, and with them their positions. */
    ReviewChainDefinition definition() {
        return new ReviewChainDefinition(
                code,
                name,
                steps.stream().filter(s -> !s.blank()).map(Step::step).toList());
    }

    /** Drops blank rows, so that the row numbers the service names in refusals match the rows shown. */
    void compact() {
        steps.removeIf(Step::blank);
    }

    void addStep() {
        steps.add(new Step());
    }

    void removeStep(int index) {
        if (index >= 0 && index < steps.size()) {
            steps.remove(index);
        }
    }

    void moveUp(int index) {
        if (index > 0 && index < steps.size()) {
            steps.add(index - 1, steps.remove(index));
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Step> getSteps() {
        return steps;
    }

    public void setSteps(List<Step> steps) {
        this.steps = steps == null ? new ArrayList<>() : new ArrayList<>(steps);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** One row of the steps table. */
    public static class Step {

        private String name;
        private String roleCode;
        private ReviewStepScope scope = ReviewStepScope.ANYWHERE;
        private Long organisationId;

        static Step of(ReviewChainStep step) {
            var row = new Step();
            row.name = step.name();
            row.roleCode = step.roleCode();
            row.scope = step.scope();
            row.organisationId = step.organisationId();
            return row;
        }

        ReviewChainStep step() {
            return new ReviewChainStep(name, roleCode, scope, organisationId);
        }

        boolean blank() {
            return (name == null || name.isBlank()) && (roleCode == null || roleCode.isBlank());
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRoleCode() {
            return roleCode;
        }

        public void setRoleCode(String roleCode) {
            this.roleCode = roleCode;
        }

        public ReviewStepScope getScope() {
            return scope;
        }

        public void setScope(ReviewStepScope scope) {
            this.scope = scope;
        }

        public Long getOrganisationId() {
            return organisationId;
        }

        public void setOrganisationId(Long organisationId) {
            this.organisationId = organisationId;
        }
    }
}
