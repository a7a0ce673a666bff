package org.civitas.publishing;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the public sites ({@code civitas.publishing.*}).
 *
 * @param defaultSite code of the site a host matching no site gets; {@code null}: the root portal
 * @param exportDir where static export writes (one folder per site); {@code null}: no incremental export
 * @param scheme scheme of absolute links in feeds and sitemaps when a site is reached by its own domain
 * @param locale language of the public pages' theme text
 * @param pageSize articles per channel page
 * @param cacheSize memory the page cache may use for rendered bytes
 * @param pageMaxAge how long browsers and CDNs may reuse a page without asking again; zero: always revalidate
 * @param themeMaxSize largest accepted theme package (zip)
 * @param zone time zone of the dates pages show
 * @param peerSync how often a copy of the application evicts the pages other copies changed (several
 *     copies behind a load balancer); read by {@code PeerEviction}
 */
@ConfigurationProperties("civitas.publishing")
public record PublishingSettings(
        String defaultSite,
        Path exportDir,
        @DefaultValue("https") String scheme,
        @DefaultValue("zh-CN") Locale locale,
        @DefaultValue("20") int pageSize,
        @DefaultValue("256MB") DataSize cacheSize,
        @DefaultValue("0s") Duration pageMaxAge,
        @DefaultValue("8MB") DataSize themeMaxSize,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("2s") Duration peerSync) {}
