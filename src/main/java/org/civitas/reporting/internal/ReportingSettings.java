package org.civitas.reporting.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the information desk ({@code civitas.reporting.*}).
 *
 * @param duplicateWindowDays how far back near-duplicates from other units are looked for
 * @param duplicateMinSimilarity the smallest estimated similarity (percent of shared character shingles) shown
 */
@ConfigurationProperties("civitas.reporting")
public record ReportingSettings(
        @DefaultValue("14") int duplicateWindowDays,
        @DefaultValue("40") int duplicateMinSimilarity) {}
