package org.civitas.workflow.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civitas.workflow.ReviewOutcome;
import org.civitas.workflow.ReviewSubject;

/**
 * A review as its process variables describe it, and the variables that move it on. See
 * {@code processes/review-chain.bpmn20.xml}: the gateway reads {@code outcome}, the user task reads
 * {@code stepName} and {@code candidateGroup}.
 */
record ReviewRun(
        String chainCode,
        String chainName,
        ReviewSubject subject,
        String startedBy,
        int stepCount,
        int stepNumber,
        int turns,
        String outcome,
        Map<String, Object> variables) {

    static final String PROCESS_KEY = "civitasReviewChain";
    static final String PROCESS_RESOURCE = "processes/review-chain.bpmn20.xml";

    static final String PENDING = "PENDING";

    // task-local variables: the step, set by the process when the task opens, and what was done there
    static final String STEP = "step";
    static final String GROUP = "group";
    static final String ACTION = "action";
    static final String ACTOR = "actor";
    static final String COMMENT = "comment";
    static final String TURN = "turn";

    private static final String SUBJECT_TYPE = "subjectType";
    private static final String SUBJECT_ID = "subjectId";
    private static final String SUBJECT_TITLE = "subjectTitle";
    private static final String SUBJECT_AUTHOR = "subjectAuthor";
    private static final String SUBJECT_ORGANISATION = "subjectOrganisationId";
    private static final String CHAIN_CODE = "chainCode";
    private static final String CHAIN_NAME = "chainName";
    private static final String STARTED_BY = "startedBy";
    private static final String STEP_COUNT = "stepCount";
    private static final String STEP_NUMBER = "stepNumber";
    private static final String STEP_NAME = "stepName";
    private static final String CANDIDATE_GROUP = "candidateGroup";
    private static final String TURNS = "turns";
    private static final String OUTCOME = "outcome";

    /** Business key of the reviews of one item; subject types contain no {@code /}. */
    static String businessKey(String subjectType, String subjectId) {
        return subjectType + "/" + subjectId;
    }

    static String subjectTypeVariable() {
        return SUBJECT_TYPE;
    }

    /** The variables of a new review: the subject, a copy of the steps, and the first step open (or the end). */
    static Map<String, Object> start(
            String chainCode,
            String chainName,
            ReviewSubject subject,
            String startedBy,
            List<String> stepNames,
            List<String> candidateGroups) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(SUBJECT_TYPE, subject.type());
        vars.put(SUBJECT_ID, subject.id());
        vars.put(SUBJECT_TITLE, subject.title());
        vars.put(SUBJECT_AUTHOR, subject.author());
        vars.put(SUBJECT_ORGANISATION, subject.organisationId());
        vars.put(CHAIN_CODE, chainCode);
        vars.put(CHAIN_NAME, chainName);
        vars.put(STARTED_BY, startedBy);
        vars.put(STEP_COUNT, stepNames.size());
        vars.put(TURNS, 0);
        for (int i = 0; i < stepNames.size(); i++) {
            vars.put(stepNameVariable(i + 1), stepNames.get(i));
            vars.put(stepGroupVariable(i + 1), candidateGroups.get(i));
        }
        if (stepNames.isEmpty()) {
            vars.put(STEP_NUMBER, 0);
            vars.put(STEP_NAME, "");
            vars.put(CANDIDATE_GROUP, "");
            vars.put(OUTCOME, ReviewOutcome.APPROVED.name());
        } else {
            vars.put(STEP_NUMBER, 1);
            vars.put(STEP_NAME, stepNames.get(0));
            vars.put(CANDIDATE_GROUP, candidateGroups.get(0));
            vars.put(OUTCOME, PENDING);
        }
        return vars;
    }

    static ReviewRun of(Map<String, Object> vars) {
        var organisation = vars.get(SUBJECT_ORGANISATION);
        var subject = new ReviewSubject(
                (String) vars.get(SUBJECT_TYPE),
                (String) vars.get(SUBJECT_ID),
                (String) vars.get(SUBJECT_TITLE),
                (String) vars.get(SUBJECT_AUTHOR),
                organisation == null ? null : ((Number) organisation).longValue());
        return new ReviewRun(
                (String) vars.get(CHAIN_CODE),
                (String) vars.get(CHAIN_NAME),
                subject,
                (String) vars.get(STARTED_BY),
                number(vars, STEP_COUNT),
                number(vars, STEP_NUMBER),
                number(vars, TURNS),
                (String) vars.get(OUTCOME),
                Collections.unmodifiableMap(new HashMap<>(vars)));
    }

    String stepName(int number) {
        return (String) variables.get(stepNameVariable(number));
    }

    String candidateGroup(int number) {
        return (String) variables.get(stepGroupVariable(number));
    }

    boolean lastStep() {
        return stepNumber == stepCount;
    }

    /** Variables that complete the current step and open step {@code number}. */
    Map<String, Object> moveTo(int number) {
        return Map.of(
                STEP_NUMBER,
                number,
                STEP_NAME,
                stepName(number),
                CANDIDATE_GROUP,
                candidateGroup(number),
                OUTCOME,
                PENDING,
                TURNS,
                turns + 1);
    }

    /** Variables that complete the current step and end the review. */
    Map<String, Object> finish(ReviewOutcome result) {
        return Map.of(OUTCOME, result.name(), TURNS, turns + 1);
    }

    /** Task-local variables recording what was done at the current step. */
    Map<String, Object> record(String action, String actor, String comment) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(ACTION, action);
        vars.put(ACTOR, actor);
        vars.put(COMMENT, comment);
        vars.put(TURN, turns + 1);
        return vars;
    }

    private static String stepNameVariable(int number) {
        return "step" + number + "Name";
    }

    private static String stepGroupVariable(int number) {
        return "step" + number + "Group";
    }

    private static int number(Map<String, Object> vars, String name) {
        return vars.get(name) instanceof Number n ? n.intValue() : 0;
    }
}
