package org.civitas.journal.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civitas.journal.EditionView;
import org.civitas.journal.ItemUse;

/** One item of an edition: a snapshot of its title, body and credits, with its source's security label. */
@Entity
@Table(name = "edition_item")
class EditionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    private EditionSection section;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "body_html", nullable = false, length = 100_000)
    private String bodyHtml;

    @Column(name = "source_type", length = 64)
    private String sourceType;

    @Column(name = "source_id", length = 64)
    private String sourceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_use", nullable = false, length = 16)
    private ItemUse use = ItemUse.FULL_TEXT;

    /** The source's label (the edition's for a hand-written item); never ranks above the edition's label. */
    @Column(nullable = false, length = 32)
    private String label;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "edition_item_credit", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<CreditValue> credits = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected EditionItem() {}

    EditionItem(
            EditionSection section,
            String title,
            String bodyHtml,
            List<CreditValue> credits,
            String sourceType,
            String sourceId,
            ItemUse use,
            String label,
            Instant now) {
        this.section = section;
        this.title = title;
        this.bodyHtml = bodyHtml;
        this.credits.addAll(credits);
        this.sourceType = sourceType;
        this.sourceId = sourceId;
        this.use = use == null ? ItemUse.FULL_TEXT : use;
        this.label = label;
        this.createdAt = now;
    }

    /** The same snapshot in another section (moving across sections copies, as orphan removal forbids re-parenting). */
    EditionItem copyInto(EditionSection target) {
        return new EditionItem(target, title, bodyHtml, credits, sourceType, sourceId, use, label, createdAt);
    }

    EditionView.Item view() {
        return new EditionView.Item(
                id,
                title,
                bodyHtml,
                credits.stream().map(CreditValue::credit).toList(),
                sourceType,
                sourceId,
                use,
                label);
    }

    boolean cameFrom(String type, String sourceIdentifier) {
        return type != null && type.equals(sourceType) && sourceIdentifier.equals(sourceId);
    }

    Long id() {
        return id;
    }

    String title() {
        return title;
    }

    String label() {
        return label;
    }

    void position(int position) {
        this.position = position;
    }
}
