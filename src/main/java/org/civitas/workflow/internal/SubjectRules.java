package org.civitas.workflow.internal;

import java.util.regex.Pattern;
import org.civitas.platform.DomainException;
import org.civitas.platform.TextInput;
import org.civitas.workflow.ReviewSubject;

/** What an owning module must say about the item it sends for review. */
final class SubjectRules {

    /** Lower-case module and kind, e.g. {@code content.article}; never a {@code /}, which separates type and id. */
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9._-]{0,63}");

    static final int MAX_TEXT = 2000;

    private SubjectRules() {}

    static void check(ReviewSubject subject) {
        if (subject == null
                || subject.type() == null
                || !TYPE.matcher(subject.type()).matches()) {
            throw new DomainException("workflow.subject.type.invalid");
        }
        if (blank(subject.id()) || subject.id().length() > 128) {
            throw new DomainException("workflow.subject.id.invalid");
        }
        if (blank(subject.title()) || subject.title().length() > 500) {
            throw new DomainException("workflow.subject.title.invalid");
        }
        if (blank(subject.author())) {
            throw new DomainException("workflow.subject.author.required");
        }
    }

    /** A comment or reason: trimmed, {@code null} when blank, refused when too long. */
    static String text(String value, String field) {
        return TextInput.optional(value, field, MAX_TEXT);
    }

    static String reason(String value) {
        String reason = text(value, "reason");
        if (reason == null) {
            throw DomainException.onField("reason", "workflow.reason.required");
        }
        return reason;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
