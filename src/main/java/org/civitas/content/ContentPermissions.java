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

    /**
     * Share articles across sites: push an article of a site in this permission's scope (the user must
     * also be its editor) to a channel of another site that takes pushes, or pull a published article of
     * another site into a site in scope. Accepting, declining and removing shares needs only
     * {@link #WRITE} on the receiving site.
     */
    public static final String SHARE = "content:share";

    private ContentPermissions() {}
}
