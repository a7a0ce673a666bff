package org.civitas.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Marks that the first start has happened, so that demo data is never created twice or into real data. */
@Entity
@Table(name = "installation")
class Installation {

    @Id
    private int id;

    @Column(name = "installed_at")
    private Instant installedAt;

    private boolean demo;

    protected Installation() {}

    boolean demo() {
        return demo;
    }

    Installation(Instant installedAt, boolean demo) {
        this.id = 1;
        this.installedAt = installedAt;
        this.demo = demo;
    }
}
