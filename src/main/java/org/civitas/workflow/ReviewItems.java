package org.civitas.workflow;

import java.util.Optional;

/**
 * How the module that owns a kind of item shows it to reviewers, so that a task page shows the item
 * itself and lists name it in words, while the workflow module never reads another module's items.
 * Implement it as a Spring bean in the owning module (usually in its {@code internal} package, depending
 * on this API only), one per {@link ReviewSubject#type() subject type}.
 *
 * <p>Security: {@link #link} and {@link #preview} run as the current user and decide by the owning
 * module's own rules (organisation scope, clearance, state) whether that person may read the item.
 * Being a candidate of the item's open review task (see {@link ReviewService#openTask}) may be one of
 * those reasons, never the only one for an item with a security label: a reviewer whose clearance does
 * not reach the item's label gets no preview.
 */
public interface ReviewItems {

    /** The subject type described, e.g. {@code content.article}. */
    String subjectType();

    /** Message key of the kind of item in words, e.g. 文章 / Article. */
    String kindKey();

    /** The address of the item's own console page, when the current user may open it there. */
    Optional<String> link(String subjectId);

    /**
     * What the reviewer of {@code task} sees of the item, or empty when the current user may not read it
     * (or it no longer exists).
     */
    Optional<ReviewItemPreview> preview(ReviewTask task);
}
