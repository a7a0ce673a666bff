package org.civitas.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An edition with its sections and items, as the console, exports and other modules see it.
 *
 * @param numberText the number as the journal's rule writes it, or {@code null} before sign-off
 * @param issueDate the date on the masthead: the sign-off date, or {@code null} before
 * @param returnReason why the last sign-off review returned it, while it is a draft again
 */
public record EditionView(
        long id,
        long journalId,
        String journalName,
        EditionState state,
        String securityLabel,
        String editorNote,
        Integer year,
        Integer number,
        Integer totalNumber,
        String numberText,
        LocalDate issueDate,
        String returnReason,
        String createdBy,
        String signedOffBy,
        Instant createdAt,
        Instant signedOffAt,
        Instant releasedAt,
        Instant archivedAt,
        List<Section> sections,
        long version) {

    public EditionView {
        sections = List.copyOf(sections);
    }

    /** The same edition with each item's body passed through {@code change} (e.g. to point its pictures elsewhere). */
    public EditionView withBodies(UnaryOperator<String> change) {
        List<Section> changed = sections.stream()
                .map(s -> new Section(
                        s.id(),
                        s.title(),
                        s.items().stream()
                                .map(i -> new Item(
                                        i.id(),
                                        i.title(),
                                        change.apply(i.bodyHtml()),
                                        i.credits(),
                                        i.sourceType(),
                                        i.sourceId(),
                                        i.use(),
                                        i.label()))
                                .toList()))
                .toList();
        return new EditionView(
                id,
                journalId,
                journalName,
                state,
                securityLabel,
                editorNote,
                year,
                number,
                totalNumber,
                numberText,
                issueDate,
                returnReason,
                createdBy,
                signedOffBy,
                createdAt,
                signedOffAt,
                releasedAt,
                archivedAt,
                changed,
                version);
    }

    public int itemCount() {
        return sections.stream().mapToInt(s -> s.items().size()).sum();
    }

    public record Section(long id, String title, List<Item> items) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /**
     * One item; {@code use} says whether it is printed in full or as an excerpt, {@code label} is its source's
     * security label (never above the edition's).
     */
    public record Item(
            long id,
            String title,
            String bodyHtml,
            List<Credit> credits,
            String sourceType,
            String sourceId,
            ItemUse use,
            String label) {
        public Item {
            credits = List.copyOf(credits);
            use = use == null ? ItemUse.FULL_TEXT : use;
        }

        public Item(long id, String title, String bodyHtml, List<Credit> credits, String sourceType, String sourceId) {
            this(id, title, bodyHtml, credits, sourceType, sourceId, ItemUse.FULL_TEXT, null);
        }
    }
}
