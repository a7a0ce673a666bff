package org.civitas.platform.web;

import java.util.Locale;
import org.civitas.platform.NotFoundException;
import org.springframework.context.MessageSource;

/**
 * Why a page or an API call found nothing, in the reader's language: the kind of object by its name in the bundles
 * ({@code error.object.<type>}, else the audit trail's {@code audit.object.<type>}), never by its Java type; a type
 * without a name is described generically.
 */
final class NotFoundReason {

    private NotFoundReason() {}

    static String text(MessageSource messages, NotFoundException e, Locale locale) {
        Object[] arguments = e.arguments();
        String object = arguments.length < 2 ? null : objectName(messages, String.valueOf(arguments[0]), locale);
        return object == null
                ? messages.getMessage("error.notFound.generic", null, locale)
                : messages.getMessage("error.notFound", new Object[] {object, String.valueOf(arguments[1])}, locale);
    }

    private static String objectName(MessageSource messages, String type, Locale locale) {
        String name = messages.getMessage("error.object." + type, null, null, locale);
        return name != null ? name : messages.getMessage("audit.object." + type, null, null, locale);
    }
}
