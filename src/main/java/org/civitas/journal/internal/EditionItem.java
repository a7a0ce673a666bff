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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * The blobs the body shows (an upload, a submission's file, another edition's picture), kept with the body so
     * that a file's access check finds its editions by an index rather than by searching every body.
     */
    @ElementCollection
    @CollectionTable(name = "edition_item_blob", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "blob_id", nullable = false)
    private Set<Long> blobIds = new HashSet<>();

    /** The addresses the blob lookups matched in bodies before the link table (see migration V27_2). */
    private static final Pattern BODY_BLOB =
            Pattern.compile("\"/api/v1/blobs/(\\d{1,18})\"|/files/(\\d{1,18})\"|/pictures/(\\d{1,18})\"");

    protected EditionItem() {}

    static Set<Long> blobIds(String bodyHtml) {
        Set<Long> ids = new HashSet<>();
        if (bodyHtml != null) {
            Matcher m = BODY_BLOB.matcher(bodyHtml);
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        ids.add(Long.parseLong(m.group(g)));
                    }
                }
            }
        }
        return ids;
    }

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
        this.blobIds.addAll(blobIds(bodyHtml));
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
