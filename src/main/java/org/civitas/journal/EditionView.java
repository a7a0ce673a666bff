package org.civitas.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

    public int itemCount() {
        return sections.stream().mapToInt(s -> s.items().size()).sum();
    }

    public record Section(long id, String title, List<Item> items) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /** One item; {@code use} says whether it is printed in full or as an excerpt. */
    public record Item(
            long id,
            String title,
            String bodyHtml,
            List<Credit> credits,
            String sourceType,
            String sourceId,
            ItemUse use) {
        public Item {
            credits = List.copyOf(credits);
            use = use == null ? ItemUse.FULL_TEXT : use;
        }

        public Item(long id, String title, String bodyHtml, List<Credit> credits, String sourceType, String sourceId) {
            this(id, title, bodyHtml, credits, sourceType, sourceId, ItemUse.FULL_TEXT);
        }
    }
}
