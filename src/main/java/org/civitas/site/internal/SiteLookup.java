package org.civitas.site.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class SiteLookup implements SiteDirectory {

    private final Sites sites;
    private final Channels channels;

    SiteLookup(Sites sites, Channels channels) {
        this.sites = sites;
        this.channels = channels;
    }

    @Override
    public Optional<SiteView> findById(long id) {
        return sites.findById(id).map(Site::view);
    }

    @Override
    public Optional<SiteView> findByDomain(String domain) {
        return domain == null
                ? Optional.empty()
                : sites.findByDomain(domain.strip().toLowerCase(Locale.ROOT)).map(Site::view);
    }

    @Override
    public Optional<SiteView> findByCode(String siteCode) {
        return siteCode == null
                ? Optional.empty()
                : sites.findBySiteCode(siteCode.strip()).map(Site::view);
    }

    @Override
    public List<SiteView> all() {
        return DefaultSiteService.SiteTree.order(sites.findAllByOrderById()).stream()
                .map(Site::view)
                .toList();
    }

    @Override
    public List<ChannelView> channels(long siteId) {
        return ChannelTree.of(channels.findBySiteIdOrderBySortOrderAscIdAsc(siteId));
    }
}
