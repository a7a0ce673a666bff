package org.civitas.workflow;

/**
 * The item of a review task as its owning module renders it on the task page.
 *
 * @param template the Thymeleaf template holding a fragment named {@code item}, e.g.
 *     {@code admin/articles/review-item}; the fragment reads {@code item}
 * @param item the read-only view the fragment renders (never an entity)
 */
public record ReviewItemPreview(String template, Object item) {}
