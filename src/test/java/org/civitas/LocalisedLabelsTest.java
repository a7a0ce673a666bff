package org.civitas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.civitas.content.ArticleState;
import org.civitas.content.ShareState;
import org.civitas.journal.EditionState;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.reporting.AnswerStatus;
import org.civitas.reporting.CommissionState;
import org.civitas.reporting.FollowUpStatus;
import org.civitas.reporting.SubmissionState;
import org.civitas.site.SiteStatus;
import org.civitas.workflow.ReviewStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * What the console shows by code has a label in both languages: every state of every workflow
 * (error messages name states by label, never "IN_REVIEW"), and for every audited event its action,
 * its object type and its summary template, so the audit trail reads in the reader's language.
 */
class LocalisedLabelsTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** Each state enum and the prefix of its labels in the bundles. */
    private static final Map<Class<? extends Enum<?>>, String> STATES = Map.of(
            ArticleState.class, "content.state.",
            ShareState.class, "content.share.state.",
            EditionState.class, "journal.edition.state.",
            SubmissionState.class, "reporting.state.",
            CommissionState.class, "reporting.commissionState.",
            AnswerStatus.class, "reporting.answerStatus.",
            FollowUpStatus.class, "reporting.followUp.",
            ReviewStatus.class, "workflow.status.",
            SiteStatus.class, "site.status.");

    /** Values of components whose text is itself a code (a sign-in method, a review subject's type). */
    private static final Map<String, Object> NAMED_SAMPLES = Map.of("method", "totp", "type", "content.article");

    private final ResourceBundleMessageSource messages = messages();

    @Test
    void everyStateHasALabelInBothLanguages() {
        List<String> problems = new ArrayList<>();
        STATES.forEach((type, prefix) -> {
            for (Enum<?> state : type.getEnumConstants()) {
                for (Locale locale : List.of(CHINESE, Locale.ENGLISH)) {
                    if (message(prefix + state.name(), locale) == null) {
                        problems.add(prefix + state.name() + " (" + locale + ")");
                    }
                }
            }
        });
        report("States without a label", problems);
    }

    @Test
    void everyAuditedEventHasAnActionAnObjectTypeAndASummaryInBothLanguages() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Class<?> type : auditedEvents()) {
            List<AuditableEvent> samples = samples(type);
            if (samples.isEmpty()) {
                problems.add(type.getName() + ": no sample could be made (teach this test its component types)");
            }
            for (AuditableEvent event : samples) {
                String action = event.action();
                seen.add(action);
                for (Locale locale : List.of(CHINESE, Locale.ENGLISH)) {
                    if (message("audit.action." + action, locale) == null) {
                        problems.add(type.getSimpleName() + ": no label audit.action." + action + " (" + locale + ")");
                    }
                    if (event.objectType() != null && message("audit.object." + event.objectType(), locale) == null) {
                        problems.add(type.getSimpleName() + ": no label audit.object." + event.objectType() + " ("
                                + locale + ")");
                    }
                }
                if (summaryGivenByCaller(type)) {
                    continue; // the publisher builds it with AuditSummary.of; the integration tests render those
                }
                var summary = AuditSummary.decode(event.summary());
                if (summary.isEmpty()) {
                    problems.add(type.getSimpleName() + ": summary is plain text, not AuditSummary.of(...): "
                            + event.summary());
                    continue;
                }
                for (Locale locale : List.of(CHINESE, Locale.ENGLISH)) {
                    try {
                        String text = messages.getMessage(withoutDefault(summary.get()), locale);
                        assertThat(text).as(type.getSimpleName()).doesNotContain("{0}");
                    } catch (NoSuchMessageException e) {
                        problems.add(type.getSimpleName() + ": " + e.getMessage());
                    }
                }
            }
        }
        assertThat(seen).as("actions found").hasSizeGreaterThan(80);
        report("Audited events the console cannot show in both languages", problems);
    }

    private static boolean summaryGivenByCaller(Class<?> type) {
        return java.util.Arrays.stream(type.getRecordComponents())
                .anyMatch(c -> c.getName().equals("summary"));
    }

    /** The same message without its fallback text, so that a missing template or label is an error. */
    private static MessageSourceResolvable withoutDefault(MessageSourceResolvable m) {
        Object[] args =
                m.getArguments() == null ? new Object[0] : m.getArguments().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof MessageSourceResolvable nested) {
                args[i] = withoutDefault(nested);
            }
        }
        return new org.springframework.context.support.DefaultMessageSourceResolvable(m.getCodes(), args);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, null, locale);
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(MessageBundlesTest.registeredBasenames().toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static List<Class<?>> auditedEvents() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(AuditableEvent.class));
        List<Class<?>> types = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.civitas")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            String location =
                    type.getProtectionDomain().getCodeSource().getLocation().toString();
            if (type.isRecord() && !location.contains("test-classes")) {
                types.add(type);
            }
        }
        return types;
    }

    /**
     * Instances of an event record: one with plain values, and one for each value of each boolean or
     * enum component (these choose between summaries).
     */
    private static List<AuditableEvent> samples(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        List<AuditableEvent> samples = new ArrayList<>();
        tryMake(type, defaults(components), samples);
        for (int i = 0; i < components.length; i++) {
            for (Object variant : variants(components[i].getType())) {
                Object[] args = defaults(components);
                args[i] = variant;
                tryMake(type, args, samples);
            }
        }
        return samples;
    }

    private static void tryMake(Class<?> type, Object[] args, List<AuditableEvent> into) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(java.util.Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            AuditableEvent event = (AuditableEvent) constructor.newInstance(args);
            event.action();
            event.summary();
            into.add(event);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a combination the record refuses: the other samples cover it
        }
    }

    private static Object[] defaults(RecordComponent[] components) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Object named = NAMED_SAMPLES.get(components[i].getName());
            args[i] = components[i].getType().isInstance(named) ? named : sample(components[i].getType());
        }
        return args;
    }

    private static List<Object> variants(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return List.of(true, false);
        }
        if (type.isEnum()) {
            List<Object> values = new ArrayList<>(List.of(type.getEnumConstants()));
            values.add(null);
            return values;
        }
        if (type.isRecord()) {
            // a nested record (a chain check, a file): its own variants matter too
            List<Object> values = new ArrayList<>();
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                for (Object variant : variants(components[i].getType())) {
                    Object[] args = defaults(components);
                    args[i] = variant;
                    Object made = make(type, args);
                    if (made != null) {
                        values.add(made);
                    }
                }
            }
            return values;
        }
        return List.of();
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "x";
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == Instant.class) {
            return Instant.EPOCH;
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 1, 1);
        }
        if (type == YearMonth.class) {
            return YearMonth.of(2026, 1);
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Map.class) {
            return new LinkedHashMap<>();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord()) {
            return make(type, defaults(type.getRecordComponents()));
        }
        return null;
    }

    private static Object make(Class<?> type, Object[] args) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(java.util.Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static void report(String title, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(title + " (" + problems.size() + "):\n  " + String.join("\n  ", problems));
        }
    }
}
