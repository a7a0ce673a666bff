package org.civitas.search;

import java.time.Duration;

/** A finished rebuild: how many documents the new index holds and how long it took. */
public record ReindexReport(long documents, Duration took, String index) {}
