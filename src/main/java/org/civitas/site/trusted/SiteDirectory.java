package org.civitas.site.trusted;

import java.util.List;
import java.util.Optional;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;

/** Trusted port: no permission checks; reads sites and channels for other modules. */
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
