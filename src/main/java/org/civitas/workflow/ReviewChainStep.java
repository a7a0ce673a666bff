package org.civitas.workflow;

/**
 * One step of a review chain: who may act on it.
 *
 * @param name what the step is called, e.g. 部门初审; the task carries this name
 * @param roleCode code of the identity role whose holders act on the step
 * @param scope where they must hold the role
 * @param organisationId the organisation, when {@code scope} is {@link ReviewStepScope#ORGANISATION}; otherwise {@code null}
 */
public record ReviewChainStep(String name, String roleCode, ReviewStepScope scope, Long organisationId) {

    public static ReviewChainStep anywhere(String name, String roleCode) {
        return new ReviewChainStep(name, roleCode, ReviewStepScope.ANYWHERE, null);
    }

    public static ReviewChainStep inOrganisation(String name, String roleCode, long organisationId) {
        return new ReviewChainStep(name, roleCode, ReviewStepScope.ORGANISATION, organisationId);
    }

    public static ReviewChainStep inSubjectOrganisation(String name, String roleCode) {
        return new ReviewChainStep(name, roleCode, ReviewStepScope.SUBJECT_ORGANISATION, null);
    }

    /**
     * The workflow candidate group of this step for an item of {@code subjectOrganisationId}, in the form
     * {@link org.civitas.identity.trusted.UserDirectory#workflowGroups} gives users.
     */
    public String candidateGroup(Long subjectOrganisationId) {
        return switch (scope) {
            case ANYWHERE -> "role:" + roleCode;
            case ORGANISATION -> "role:" + roleCode + "@org:" + organisationId;
            case SUBJECT_ORGANISATION -> "role:" + roleCode + "@org:" + subjectOrganisationId;
        };
    }
}
