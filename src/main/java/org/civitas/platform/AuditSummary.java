package org.civitas.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The summary of an audited change, kept as a message key and its arguments rather than as text in
 * one language: the audit record stores it as a short JSON text (hashed into the chain like any
 * other summary), and the console renders it in each reader's language from the template
 * {@code audit.summary.<name>} in the message bundles. An argument made with {@link #label} is
 * itself a message key (a state, a role, a scope), rendered in the reader's language too.
 *
 * <p>Records written before summaries were localised hold plain text; {@link #decode} leaves
 * those alone and the console shows them as they were written.
 */
public final class AuditSummary {

    /** The prefix of every summary template in the message bundles. */
    public static final String PREFIX = "audit.summary.";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String KEY = "key";
    private static final String ARGS = "args";
    private static final int MAX_ARGUMENT = 300;
    /** Room for the arguments within the record's 2,000 characters, quotes and escapes included. */
    private static final int BUDGET = 1400;

    private AuditSummary() {}

    /**
     * The stored form of the summary {@code audit.summary.<name>} with {@code arguments}. Arguments
     * are kept as text (an id is not a number to format with thousands separators) and clipped so
     * that the whole stays within the record's limit.
     */
    public static String of(String name, Object... arguments) {
        int max = Math.min(MAX_ARGUMENT, BUDGET / Math.max(1, arguments.length));
        List<Object> args = new ArrayList<>(arguments.length);
        for (Object argument : arguments) {
            args.add(argument instanceof Label label ? Map.of(KEY, label.key()) : clip(argument, max));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put(KEY, PREFIX + name);
        summary.put(ARGS, args);
        return JSON.writeValueAsString(summary);
    }

    /** An argument that is a message key, shown in the reader's language (e.g. {@code content.state.DRAFT}). */
    public static Label label(String key) {
        return new Label(key);
    }

    /** An argument naming an enum constant by its label {@code prefix + constant} in the bundles. */
    public static Label label(String prefix, Enum<?> constant) {
        return new Label(prefix + constant.name());
    }

    /**
     * The message to render for a stored summary, or nothing when it is plain text (older records,
     * sign-in codes, free text).
     */
    public static Optional<MessageSourceResolvable> decode(String stored) {
        if (stored == null || !stored.startsWith("{\"")) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(stored);
            return Optional.ofNullable(resolvable(node));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static MessageSourceResolvable resolvable(JsonNode node) {
        JsonNode key = node.get(KEY);
        if (key == null || !key.isString()) {
            return null;
        }
        List<Object> args = new ArrayList<>();
        JsonNode array = node.get(ARGS);
        if (array != null) {
            for (JsonNode arg : array) {
                if (arg.isObject()) {
                    MessageSourceResolvable nested = resolvable(arg);
                    args.add(nested == null ? arg.toString() : nested);
                } else {
                    args.add(arg.isNull() ? "" : arg.asString());
                }
            }
        }
        String code = key.asString();
        // shown when no bundle has the template (a record from a newer version): the key and its values
        String fallback = code.substring(code.lastIndexOf('.') + 1) + (args.isEmpty() ? "" : " " + args);
        return new DefaultMessageSourceResolvable(new String[] {code}, args.toArray(), fallback);
    }

    private static String clip(Object argument, int max) {
        if (argument == null) {
            return "";
        }
        String text = String.valueOf(argument);
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        return text.substring(0, end) + "…";
    }

    /** A message key given as an argument. */
    public record Label(String key) {}
}
