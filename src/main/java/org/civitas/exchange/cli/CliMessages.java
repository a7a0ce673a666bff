package org.civitas.exchange.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's own texts (help and messages) from {@code i18n/cli*.properties}: Chinese is the
 * base bundle, English the {@code _en} one. Read without Spring so that help and usage errors stay fast.
 */
final class CliMessages {

    private static final String BUNDLE = "i18n.cli";

    private final Locale locale;
    private final ResourceBundle bundle;

    CliMessages(Locale locale) {
        this.locale = locale;
        // no fallback to the JVM's default locale: the choice made from LANG is final
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    ResourceBundle bundle() {
        return bundle;
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
