package org.civitas.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What a person typed into a console form whose save was refused and answered with a redirect (the
 * refusal shown as {@code flashError} on the page they came from). It travels as a flash attribute;
 * the console layout hands it to {@code console.js}, which puts the values back into the form posted to
 * {@link #action()}, so a refusal never costs what was typed. Secrets (passwords, the CSRF token) never
 * travel; a very large form is not kept (the session would carry it).
 *
 * @param action the path the form was posted to
 * @param fields the posted values, in order (a name repeats for multiple values)
 */
public record TypedForm(String action, List<Field> fields) implements Serializable {

    /** The flash attribute's name. */
    public static final String ATTRIBUTE = "typedForm";

    /** At most this many characters are kept in the session. */
    static final int LIMIT = 256 * 1024;

    public record Field(String name, String value) implements Serializable {}

    /** Keeps the values of a refused POST for the next page, unless the request was no form post. */
    static void keep(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        List<Field> fields = new ArrayList<>();
        int size = 0;
        for (var e : request.getParameterMap().entrySet()) {
            String name = e.getKey();
            if (secret(name)) {
                continue;
            }
            for (String value : e.getValue()) {
                size += name.length() + value.length();
                if (size > LIMIT) {
                    return;
                }
                fields.add(new Field(name, value));
            }
        }
        if (!fields.isEmpty()) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            RequestContextUtils.getOutputFlashMap(request).put(ATTRIBUTE, new TypedForm(path, List.copyOf(fields)));
        }
    }

    private static boolean secret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("_csrf")
                || lower.contains("password")
                || lower.contains("secret")
                || lower.contains("token");
    }
}
