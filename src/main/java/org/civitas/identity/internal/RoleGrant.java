package org.civitas.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.civitas.identity.DataScope;

/** A role given to a user over part of the organisation tree: the grant's organisation, its subtree, or all. */
@Entity
@Table(name = "role_grant")
public class RoleGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private long userId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "role_id")
    private Role role;

    @Enumerated(EnumType.STRING)
    private DataScope scope;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected RoleGrant() {}

    public RoleGrant(long userId, Role role, DataScope scope, long organisationId, Instant now) {
        this.userId = userId;
        this.role = role;
        this.scope = scope;
        this.organisationId = organisationId;
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    long userId() {
        return userId;
    }

    Role role() {
        return role;
    }

    DataScope scope() {
        return scope;
    }

    long organisationId() {
        return organisationId;
    }
}
