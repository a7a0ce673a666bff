package org.civitas.publishing;

/**
 * How a site's public pages look beyond its theme, set by the site's administrators.
 *
 * @param logoBlobId an uploaded image shown in the header instead of the site name's text, or {@code null}
 * @param primaryColour {@code #rrggbb} of the header and navigation (white text on it must stay readable), or {@code null}
 * @param footerText extra plain text in the footer (address, contact), or {@code null}
 */
public record Appearance(Long logoBlobId, String primaryColour, String footerText) {

    public static Appearance none() {
        return new Appearance(null, null, null);
    }
}
