package org.civitas.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Marks a grant that a directory group gave, so that leaving the group takes it back; hand-made grants stay. */
@Entity
@Table(name = "directory_grant")
class DirectoryGrant {

    @Id
    @Column(name = "grant_id")
    private Long grantId;

    @Column(name = "user_id")
    private long userId;

    protected DirectoryGrant() {}

    DirectoryGrant(long grantId, long userId) {
        this.grantId = grantId;
        this.userId = userId;
    }

    Long grantId() {
        return grantId;
    }
}
