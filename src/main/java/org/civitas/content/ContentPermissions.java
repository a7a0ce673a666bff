package org.civitas.content;

/**
 * Permission codes of the content module. Publishing rights are not a permission: they are the review
 * chain of each channel (a channel without a chain publishes on submit).
 */
public final class ContentPermissions {

    /**
     * Write, submit and withdraw articles of the sites whose organisation lies in the user's scope for
     * this permission (editor).
     */
    public static final String WRITE = "content:write";

    private ContentPermissions() {}
}
