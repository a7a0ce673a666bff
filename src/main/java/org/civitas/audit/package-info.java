/** The append-only, hash-chained audit trail: who did what, when, from where, and with what outcome. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"identity", "identity :: trusted", "platform", "platform :: crypto"})
package org.civitas.audit;
