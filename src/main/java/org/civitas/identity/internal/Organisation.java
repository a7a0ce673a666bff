package org.civitas.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.civitas.identity.OrganisationView;
import org.civitas.platform.DomainException;

/**
 * A node of the organisation tree. The materialised {@code path} of ids from the root (e.g.
 * {@code /1/5/23/}) makes subtree reads a single prefix query and cycle checks a string test.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    private String name;
    private String code;
    private String kind;
    private String path;
    private int depth;

    @Column(name = "sort_order")
    private int sortOrder;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {}

    public Organisation(String name, String code, String kind, int sortOrder, Instant now) {
        this.name = name;
        this.code = code;
        this.kind = kind;
        this.sortOrder = sortOrder;
        this.createdAt = now;
        this.path = "/";
    }

    /** Sets parent, path and depth once the id is known; {@code parent} is null for a root. */
    public void placeUnder(Organisation parent) {
        if (id == null) {
            throw new IllegalStateException("an organisation is placed after it has an id");
        }
        if (parent != null && (parent.id.equals(id) || parent.path.startsWith(path) && !"/".equals(path))) {
            throw DomainException.onField("parentId", "organisation.move.cycle", name, parent.name);
        }
        this.parentId = parent == null ? null : parent.id;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    void rename(String name, String code, String kind, int sortOrder) {
        this.name = name;
        this.code = code;
        this.kind = kind;
        this.sortOrder = sortOrder;
    }

    boolean isAncestorOrSelfOf(Organisation other) {
        return other.path.startsWith(path);
    }

    OrganisationView view() {
        return new OrganisationView(id, parentId, name, code, kind, path, depth, sortOrder);
    }

    public Long id() {
        return id;
    }

    Long parentId() {
        return parentId;
    }

    String name() {
        return name;
    }

    String code() {
        return code;
    }

    String path() {
        return path;
    }

    int depth() {
        return depth;
    }
}
