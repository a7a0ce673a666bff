package org.civitas.journal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.civitas.journal.Credit;

/** An organisation credited with an item, as stored. */
@Embeddable
record CreditValue(
        @Column(name = "organisation_id", nullable = false) long organisationId,

        @Column(name = "organisation_name", nullable = false, length = 200)
        String organisationName) {

    Credit credit() {
        return new Credit(organisationId, organisationName);
    }
}
