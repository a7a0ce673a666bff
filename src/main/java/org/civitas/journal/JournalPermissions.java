package org.civitas.journal;

/** Permission codes checked by the journal module. */
public final class JournalPermissions {

    /** Define journals: name, numbering rule, default label, audience, layout (the information office's head). */
    public static final String MANAGE = "journal:manage";

    /** Compile editions: items and sections, send for sign-off, release, archive, forward (the office's editors). */
    public static final String COMPILE = "journal:compile";

    /** Read released editions of journals whose audience includes the reader, up to their clearance. */
    public static final String READ = "journal:read";

    private JournalPermissions() {}
}
