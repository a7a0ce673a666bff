package org.civitas.platform;

import java.util.ArrayList;
import java.util.Collection;
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
 * itself a message key (a state, a role, a scope), rendered in the reader's language too; one made with
 * {@link #message} is a part of the summary with values of its own (a site's details, a renamed
 * channel), and a list argument is joined with the reader's language's separator
 * ({@code audit.summary.list}). Services pass values, never prose: no English words end up in the
 * Chinese trail.
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
    private static final String LIST = PREFIX + "list";
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
        return JSON.writeValueAsString(encode(PREFIX + name, java.util.Arrays.asList(arguments), BUDGET));
    }

    private static Map<String, Object> encode(String key, List<?> arguments, int budget) {
        int max = Math.min(MAX_ARGUMENT, budget / Math.max(1, arguments.size()));
        Map<String, Object> encoded = new LinkedHashMap<>();
        encoded.put(KEY, key);
        if (!arguments.isEmpty()) {
            List<Object> args = new ArrayList<>(arguments.size());
            for (Object argument : arguments) {
                args.add(encodeArgument(argument, max));
            }
            encoded.put(ARGS, args);
        }
        return encoded;
    }

    private static Object encodeArgument(Object argument, int max) {
        if (argument instanceof Label label) {
            return encode(
                    label.key(), label.args(), Math.max(0, max - label.key().length()));
        }
        if (argument instanceof Collection<?> values) {
            // a long list keeps its first items within the budget and says that more followed
            int room = Math.max(1, max / 12);
            List<Object> items = new ArrayList<>();
            int each = Math.max(8, max / Math.max(1, Math.min(values.size(), room)));
            for (Object value : values) {
                if (items.size() == room) {
                    items.add("…");
                    break;
                }
                items.add(encodeArgument(value, each));
            }
            return items;
        }
        return clip(argument, Math.max(2, max));
    }

    /** An argument that is a message key, shown in the reader's language (e.g. {@code content.state.DRAFT}). */
    public static Label label(String key) {
        return new Label(key, List.of());
    }

    /** An argument naming an enum constant by its label {@code prefix + constant} in the bundles. */
    public static Label label(String prefix, Enum<?> constant) {
        return label(prefix + constant.name());
    }

    /**
     * An argument that is a part of the summary in the reader's language, the message {@code key} with
     * values of its own (which may be labels, parts or lists in turn).
     */
    public static Label message(String key, Object... arguments) {
        return new Label(key, java.util.Arrays.asList(arguments));
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
                args.add(argument(arg));
            }
        }
        String code = key.asString();
        // shown when no bundle has the template (a record from a newer version): the key and its values
        String fallback = code.substring(code.lastIndexOf('.') + 1) + (args.isEmpty() ? "" : " " + args);
        return new DefaultMessageSourceResolvable(new String[] {code}, args.toArray(), fallback);
    }

    private static Object argument(JsonNode arg) {
        if (arg.isObject()) {
            MessageSourceResolvable nested = resolvable(arg);
            return nested == null ? arg.toString() : nested;
        }
        if (arg.isArray()) {
            List<Object> items = new ArrayList<>();
            for (JsonNode item : arg) {
                items.add(argument(item));
            }
            return joined(items, 0);
        }
        return arg.isNull() ? "" : arg.asString();
    }

    /** The items from {@code from} on, joined in the reader's language: {@code audit.summary.list} is "{0}、{1}". */
    private static Object joined(List<Object> items, int from) {
        if (from >= items.size()) {
            return "";
        }
        if (from == items.size() - 1) {
            return items.get(from);
        }
        Object[] pair = {items.get(from), joined(items, from + 1)};
        return new DefaultMessageSourceResolvable(new String[] {LIST}, pair, pair[0] + ", " + pair[1]);
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

    /** A message key given as an argument, with the values of its own message (none for a plain label). */
    public record Label(String key, List<Object> args) {

        public Label {
            args = args == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(args));
        }
    }
}
