package org.civitas.publishing.internal;

import org.civitas.platform.DomainException;

/** A theme or theme package that may not be used, with the reason as a message key. */
public class ThemeRefusal extends DomainException {

    public ThemeRefusal(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
