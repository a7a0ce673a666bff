package org.civitas.identity.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Set;
import java.util.TreeSet;

/** A named set of permissions, kept as data so that administrators compose roles without code. */
@Entity
@Table(name = "app_role")
public class Role {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;
    private String description;
    private boolean builtin;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "role_permission", joinColumns = @JoinColumn(name = "role_id"))
    @Column(name = "permission")
    private Set<String> permissions = new TreeSet<>();

    @Column(name = "second_factor_required")
    private boolean secondFactorRequired;

    /** Marked by the security administrator: user administrators may grant it within their scope. */
    @Column(name = "delegable")
    private boolean delegable;

    @Version
    private long version;

    protected Role() {}

    public Role(String code, String name, String description, boolean builtin, Set<String> permissions) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.builtin = builtin;
        this.permissions = new TreeSet<>(permissions);
    }

    void update(String name, String description, Set<String> permissions) {
        this.name = name;
        this.description = description;
        this.permissions.clear();
        this.permissions.addAll(permissions);
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    boolean builtin() {
        return builtin;
    }

    Set<String> permissions() {
        return Set.copyOf(permissions);
    }

    /** Marked by the security administrator: whoever holds this role signs in with a second factor. */
    boolean delegable() {
        return delegable;
    }

    void delegate(boolean delegable) {
        this.delegable = delegable;
    }

    boolean secondFactorRequired() {
        return secondFactorRequired;
    }

    void requireSecondFactor(boolean required) {
        this.secondFactorRequired = required;
    }
}
