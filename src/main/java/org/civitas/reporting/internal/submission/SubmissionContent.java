package org.civitas.reporting.internal.submission;

import java.util.List;
import org.civitas.reporting.Category;
import org.civitas.reporting.Urgency;

/**
 * A submission's content after {@link SubmissionValidator} checked it: sanitized body, known label, trimmed text.
 *
 * @param imageIds blobs the body shows as pictures (at {@link org.civitas.reporting.SubmissionFileAccess#PATH})
 */
public record SubmissionContent(
        String title,
        String body,
        String plainText,
        Category category,
        Urgency urgency,
        String label,
        String signer,
        String contact,
        List<Long> attachmentIds,
        java.util.Set<Long> imageIds) {}
