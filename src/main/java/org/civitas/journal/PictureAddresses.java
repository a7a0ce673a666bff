package org.civitas.journal;

import java.util.OptionalLong;

/**
 * Addresses at which other modules' bodies show stored pictures (e.g. a submission's pictures, whose body
 * becomes an adopted item and then an edition's item), so that the journal module can serve and export an
 * edition's pictures without knowing those modules. A picture an item shows is readable by everyone who may
 * read the edition, whatever the rule of the module it came from.
 */
public interface PictureAddresses {

    /** The blob an {@code <img src>} points at, or empty when the address is not one of this module's. */
    OptionalLong blobId(String src);

    /**
     * Whether the current user may put the picture {@code blobId} (found at this module's address) into an edition,
     * because they may read it here. Checked when an item is added, since every reader of the edition will see it.
     */
    boolean usable(long blobId);
}
