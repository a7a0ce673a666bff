package org.civitas.site.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An administrator of one site (a user of the identity module, by id; the username for display). */
@Embeddable
record SiteAdmin(
        @Column(name = "user_id", nullable = false) long userId,

        @Column(name = "username", nullable = false, length = 64)
        String username) {}
