package org.civitas.workflow;

/**
 * Permission codes of the workflow module. Acting on review tasks needs none of these: a task may be
 * claimed and decided by its candidates (holders of the step's role, within its organisation) and by
 * its assignee only, which the review service checks itself.
 */
public final class WorkflowPermissions {

    /** See review chain definitions, and the review history of any item in the console. */
    public static final String CHAIN_READ = "reviewchain:read";

    /** Define, change and delete review chains. */
    public static final String CHAIN_WRITE = "reviewchain:write";

    private WorkflowPermissions() {}
}
