package org.civitas.site.internal;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civitas.platform.DomainException;
import org.civitas.site.BlueprintEntry;
import org.civitas.site.BlueprintView;
import org.civitas.site.SiteKind;

/** A channel blueprint: entries kept in tree order (a parent before its children). */
@Entity
@Table(name = "site_blueprint")
class Blueprint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SiteKind kind;

    @Column(name = "allow_local", nullable = false)
    private boolean allowLocal;

    @Column(nullable = false)
    private boolean locked = true;

    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "site_blueprint_entry", joinColumns = @JoinColumn(name = "blueprint_id"))
    @OrderColumn(name = "entry_index")
    private List<BlueprintEntryValue> entries = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Blueprint() {}

    Blueprint(String code, String name, SiteKind kind, boolean allowLocal, boolean builtIn, Instant now) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.allowLocal = allowLocal;
        this.builtIn = builtIn;
        this.updatedAt = now;
    }

    /** Whether sites may add channels of their own, and whether the blueprint's channels are locked on its sites. */
    void configure(boolean allowLocal, boolean locked, Instant now) {
        this.allowLocal = allowLocal;
        this.locked = locked;
        this.updatedAt = now;
    }

    /** Adds an entry after its parent's last descendant (or at the end), keeping tree order. */
    void add(BlueprintEntry entry, Instant now) {
        if (entries.stream().anyMatch(e -> e.code().equals(entry.code()))) {
            throw DomainException.onField("code", "site.blueprint.entry.taken", entry.code());
        }
        int at = entries.size();
        if (entry.parentCode() != null) {
            int parent = indexOf(entry.parentCode());
            if (parent < 0) {
                throw DomainException.onField("parentCode", "site.blueprint.entry.parentUnknown", entry.parentCode());
            }
            at = parent + 1;
            List<String> below = new ArrayList<>(List.of(entry.parentCode()));
            while (at < entries.size() && below.contains(entries.get(at).parentCode())) {
                below.add(entries.get(at).code());
                at++;
            }
        }
        entries.add(at, BlueprintEntryValue.of(entry));
        updatedAt = now;
    }

    /** Gives an entry a new name; its sites take it when the blueprint is applied. */
    void rename(String entryCode, String newName, Instant now) {
        int at = existing(entryCode);
        BlueprintEntryValue entry = entries.get(at);
        entries.set(
                at, new BlueprintEntryValue(entry.code(), entry.parentCode(), newName, entry.type(), entry.linkUrl()));
        updatedAt = now;
    }

    /** Removes an entry without sub-entries; its sites' channels become local when the blueprint is applied. */
    void remove(String entryCode, Instant now) {
        int at = existing(entryCode);
        if (entries.stream().anyMatch(e -> entryCode.equals(e.parentCode()))) {
            throw new DomainException(
                    "site.blueprint.entry.hasChildren", entries.get(at).name());
        }
        entries.remove(at);
        updatedAt = now;
    }

    private int existing(String entryCode) {
        int at = indexOf(entryCode);
        if (at < 0) {
            throw new DomainException("site.blueprint.entry.unknown", entryCode);
        }
        return at;
    }

    private int indexOf(String entryCode) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).code().equals(entryCode)) {
                return i;
            }
        }
        return -1;
    }

    BlueprintView view() {
        return new BlueprintView(
                code,
                name,
                kind,
                allowLocal,
                locked,
                builtIn,
                entries.stream().map(BlueprintEntryValue::entry).toList());
    }

    String code() {
        return code;
    }

    SiteKind kind() {
        return kind;
    }

    boolean allowLocal() {
        return allowLocal;
    }

    boolean locked() {
        return locked;
    }
}
