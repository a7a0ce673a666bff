package org.civitas.content;

/** Filter of a site's disclosure catalogue; {@code null} fields do not filter. */
public record DisclosureFilter(String subjectCategory, String issuingAuthority, Integer year) {

    public static DisclosureFilter none() {
        return new DisclosureFilter(null, null, null);
    }
}
