package org.civitas.content;

import java.util.Optional;

/**
 * How each site numbers its disclosure articles (索引号): an authority code (usually the unit's unified
 * social credit code) and a pattern, plus a category code per disclosure channel. A site without a rule
 * numbers with its site code and {@link IndexRule#DEFAULT_PATTERN}. Reading is open; changing needs the
 * right to manage the site; each change publishes one {@link IndexRuleChanged}.
 */
public interface IndexNumberRules {

    IndexRule rule(long siteId);

    /**
     * Sets the site's rule.
     *
     * @param authorityCode 1–32 of {@code 0-9 A-Z}
     * @param pattern text with {@code {authority}}, {@code {category}}, {@code {year}} and {@code {seq}} or
     *     {@code {seq:N}} (N digits, zero-padded); must contain the sequence. For a channel without a
     *     category, {@code {category}} is left out together with one separator next to it
     */
    IndexRule setRule(long siteId, String authorityCode, String pattern);

    Optional<String> category(long channelId);

    /** Sets or clears ({@code null} or blank) the category code of a disclosure channel: 0–32 of {@code 0-9 A-Z a-z -}. */
    void setCategory(long siteId, long channelId, String category);

    /**
     * A site's numbering rule.
     *
     * @param configured whether the site set it (otherwise it is the default)
     * @param example what the next number of a channel with category {@code category} could look like
     */
    record IndexRule(long siteId, String authorityCode, String pattern, boolean configured, String example) {

        /**
         * Authority code, category, year and sequence, e.g. {@code 11513221MB0000001X/GKML/2026-00012}; in a
         * channel without a category the category and its separator are left out ({@code …X/2026-00012}).
         * Numbers already given out never change: each is kept with its article.
         */
        public static final String DEFAULT_PATTERN = "{authority}/{category}/{year}-{seq:5}";
    }
}
