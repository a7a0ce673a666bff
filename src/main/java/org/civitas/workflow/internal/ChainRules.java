package org.civitas.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.DomainException;
import org.civitas.workflow.ReviewChainDefinition;
import org.civitas.workflow.ReviewChainStep;
import org.civitas.workflow.ReviewStepScope;
import org.springframework.stereotype.Component;

/**
 * What a chain definition must satisfy; returns it trimmed and normalised, or refuses on the first
 * offending field (named as the console form names it, e.g. {@code steps[1].roleCode}).
 *
 * <p>Role codes are not checked against identity's roles yet (identity offers no role look-up to
 * other modules); they only must not break the candidate group syntax {@code role:CODE@org:ID}.
 */
@Component
class ChainRules {

    static final int MAX_STEPS = 20;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]{1,63}");
    private static final Pattern ROLE_CODE = Pattern.compile("[^\\s,:@]{1,64}");

    private final OrganisationDirectory organisations;

    ChainRules(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    ReviewChainDefinition check(ReviewChainDefinition definition) {
        String code = trim(definition.code());
        if (code == null || !CODE.matcher(code).matches()) {
            throw DomainException.onField("code", "workflow.chain.code.invalid");
        }
        String name = trim(definition.name());
        if (name == null) {
            throw DomainException.onField("name", "workflow.chain.name.required");
        }
        if (name.length() > 200) {
            throw DomainException.onField("name", "workflow.chain.name.tooLong", 200);
        }
        if (definition.steps().size() > MAX_STEPS) {
            throw DomainException.onField("steps", "workflow.chain.steps.tooMany", MAX_STEPS);
        }
        List<ReviewChainStep> steps = new ArrayList<>();
        for (int i = 0; i < definition.steps().size(); i++) {
            steps.add(check(i, definition.steps().get(i)));
        }
        return new ReviewChainDefinition(code, name, steps);
    }

    private ReviewChainStep check(int index, ReviewChainStep step) {
        String field = "steps[" + index + "].";
        int number = index + 1;
        if (step == null) {
            throw DomainException.onField(field + "name", "workflow.step.name.required", number);
        }
        String name = trim(step.name());
        if (name == null) {
            throw DomainException.onField(field + "name", "workflow.step.name.required", number);
        }
        if (name.length() > 200) {
            throw DomainException.onField(field + "name", "workflow.step.name.tooLong", number, 200);
        }
        String roleCode = trim(step.roleCode());
        if (roleCode == null) {
            throw DomainException.onField(field + "roleCode", "workflow.step.role.required", number);
        }
        if (!ROLE_CODE.matcher(roleCode).matches()) {
            throw DomainException.onField(field + "roleCode", "workflow.step.role.invalid", number);
        }
        ReviewStepScope scope = step.scope() == null ? ReviewStepScope.ANYWHERE : step.scope();
        if (scope != ReviewStepScope.ORGANISATION) {
            return new ReviewChainStep(name, roleCode, scope, null);
        }
        if (step.organisationId() == null) {
            throw DomainException.onField(field + "organisationId", "workflow.step.organisation.required", number);
        }
        if (organisations.find(step.organisationId()).isEmpty()) {
            throw DomainException.onField(
                    field + "organisationId", "workflow.step.organisation.unknown", number, step.organisationId());
        }
        return new ReviewChainStep(name, roleCode, scope, step.organisationId());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
