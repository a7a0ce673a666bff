package org.civitas.platform;

/**
 * A typed text value as the business rules take it: trimmed, blank as none, refused when too long, with
 * one message-key scheme for every module ({@code form.required}, {@code form.tooLong} with the limit).
 * The refusal names the field, so the form shows the message beside it and its label in the summary.
 */
public final class TextInput {

    private TextInput() {}

    /** The trimmed value, or {@code null} when blank; refused when longer than {@code max}. */
    public static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw DomainException.onField(field, "form.tooLong", max);
        }
        return text;
    }

    /** The trimmed value; refused when blank or longer than {@code max}. */
    public static String required(String value, String field, int max) {
        String text = optional(value, field, max);
        if (text == null) {
            throw DomainException.onField(field, "form.required");
        }
        return text;
    }
}
