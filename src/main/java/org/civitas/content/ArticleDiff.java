package org.civitas.content;

import org.civitas.platform.TextDiff;

/**
 * What changed between two saved versions of an article, for the side-by-side view: the title, the
 * other fields as {@code name: value} lines, and the body as the plain text readers see.
 */
public record ArticleDiff(
        ArticleRevision from, ArticleRevision to, TextDiff.Result title, TextDiff.Result fields, TextDiff.Result body) {

    public boolean identical() {
        return title.identical() && fields.identical() && body.identical();
    }
}
