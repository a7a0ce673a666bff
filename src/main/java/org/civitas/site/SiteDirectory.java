package org.civitas.site;

import java.util.List;
import java.util.Optional;

/** Read access to sites and channels for other modules (no permission filtering). */
public interface SiteDirectory {

    Optional<SiteView> findById(long id);

    /** Case-insensitive. */
    Optional<SiteView> findByDomain(String domain);

    Optional<SiteView> findByCode(String siteCode);

    /** All sites in tree order. */
    List<SiteView> all();

    /** The channel tree of a site (top-level channels with their children). */
    List<ChannelView> channels(long siteId);
}
