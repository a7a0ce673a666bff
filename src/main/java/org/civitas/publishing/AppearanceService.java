package org.civitas.publishing;

/** Appearance settings of sites; changing them needs the right to manage the site. */
public interface AppearanceService {

    Appearance get(long siteId);

    /**
     * Validates and saves the settings; publishes one {@link AppearanceChanged}.
     *
     * @throws org.civitas.platform.DomainException when the colour is not {@code #rrggbb}, too light for
     *     white text, the footer is too long, or the logo is not an image
     * @throws org.springframework.security.access.AccessDeniedException when the user may not manage the site
     */
    Appearance change(long siteId, Appearance appearance);
}
