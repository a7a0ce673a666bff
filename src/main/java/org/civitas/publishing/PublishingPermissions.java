package org.civitas.publishing;

/** Permission codes checked by the publishing module. */
public final class PublishingPermissions {

    /**
     * Security administrator: lets a theme package that carries script or SVG go live when the console
     * shares its host with the sites (a duty of security, not of the cluster administrator who uploads it).
     */
    public static final String THEME_APPROVE = "theme:approve";

    private PublishingPermissions() {}
}
