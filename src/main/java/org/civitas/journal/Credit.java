package org.civitas.journal;

/** An organisation credited with an item (several after a merged adoption), with its name at the time. */
public record Credit(long organisationId, String organisationName) {}
