package org.civitas.platform;

import java.util.Arrays;

/**
 * A business rule refused an action (a cyclic move, a duplicate name, an illegal state change). It
 * carries a message key and arguments so that the console and the API show the reason in the
 * user's language; nothing was changed when it is thrown.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;

    public DomainException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private DomainException(String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A refusal attributable to one form field, so that the console can show it in place. */
    public static DomainException onField(String field, String messageKey, Object... arguments) {
        return new DomainException(field, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The form field the refusal concerns, or {@code null}. */
    public String field() {
        return field;
    }
}
