package org.civitas.content.internal;

import org.civitas.content.ArticleView;
import org.civitas.platform.TextDiff;

/**
 * What a reviewer sees of an article on the task page: the working copy (body sanitized when saved), where
 * it will appear, and, for a change to a published article, what changes against the public copy.
 *
 * @param titleDiff title against the public copy, or {@code null} for a first publication
 * @param bodyDiff body (as the plain text readers see, paragraph by paragraph) against the public copy, or {@code null}
 */
public record ArticleUnderReview(
        ArticleView article,
        String siteName,
        String channelName,
        boolean disclosure,
        TextDiff.Result titleDiff,
        TextDiff.Result bodyDiff) {

    /** Whether this review is of a change to an article that is already public. */
    public boolean edit() {
        return titleDiff != null;
    }

    /** Whether the change touches neither title nor body (other fields only). */
    public boolean textUnchanged() {
        return edit() && titleDiff.identical() && bodyDiff.identical();
    }
}
