package org.civitas.journal.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.civitas.journal.EditionView;

/** A titled section of an edition holding its items in order. */
@Entity
@Table(name = "edition_section")
class EditionSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id", nullable = false)
    private Edition edition;

    @Column(nullable = false, length = 100)
    private String title;

    @Column(nullable = false)
    private int position;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<EditionItem> items = new ArrayList<>();

    protected EditionSection() {}

    EditionSection(Edition edition, String title) {
        this.edition = edition;
        this.title = title;
    }

    /** Items in order; positions are renumbered by {@link #renumber()} after every change. */
    List<EditionItem> items() {
        return items;
    }

    void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).position(i);
        }
    }

    EditionView.Section view() {
        return new EditionView.Section(
                id, title, items.stream().map(EditionItem::view).toList());
    }

    Long id() {
        return id;
    }

    String title() {
        return title;
    }

    void title(String title) {
        this.title = title;
    }

    void position(int position) {
        this.position = position;
    }
}
