package org.civitas.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Checks the summaries of audited events as the Chinese trail shows them: each is a bundle template
 * (not plain text), every nested part and label has its template, and no value a service passed is
 * English prose ("details: …", "moved to position 3"): a value is a name, a code, a number or an
 * address, and the words around it come from the bundles.
 */
public final class ChineseAuditTrail {

    /** A Latin word and a space: a phrase, where a value (a code, a domain, an account name) has none. */
    private static final Pattern PROSE = Pattern.compile("[A-Za-z]{2,}[^\\s]*\\s+\\S|\\S\\s+[A-Za-z]{2,}");

    private ChineseAuditTrail() {}

    /** Fails naming each event whose Chinese summary holds English words or misses a template. */
    public static void assertReadable(MessageSource messages, Stream<? extends AuditableEvent> events) {
        List<String> problems = new ArrayList<>();
        events.forEach(event -> {
            String stored = event.summary();
            var decoded = AuditSummary.decode(stored);
            if (decoded.isEmpty()) {
                problems.add(event.getClass().getSimpleName() + ": plain text, not a template: " + stored);
                return;
            }
            List<String> values = new ArrayList<>();
            MessageSourceResolvable strict = strict(decoded.get(), values);
            try {
                String text = messages.getMessage(strict, Locale.SIMPLIFIED_CHINESE);
                for (String value : values) {
                    if (PROSE.matcher(value).find()) {
                        problems.add(
                                event.getClass().getSimpleName() + ": English in a value \"" + value + "\": " + text);
                    }
                }
            } catch (NoSuchMessageException e) {
                problems.add(event.getClass().getSimpleName() + ": " + e.getMessage());
            }
        });
        assertThat(problems).as("audit summaries in the Chinese trail").isEmpty();
    }

    /** The message without fallbacks (a missing template is an error), collecting its plain values. */
    private static MessageSourceResolvable strict(MessageSourceResolvable m, List<String> values) {
        Object[] args =
                m.getArguments() == null ? new Object[0] : m.getArguments().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof MessageSourceResolvable nested) {
                args[i] = strict(nested, values);
            } else if (args[i] != null) {
                values.add(String.valueOf(args[i]));
            }
        }
        return new DefaultMessageSourceResolvable(m.getCodes(), args);
    }
}
