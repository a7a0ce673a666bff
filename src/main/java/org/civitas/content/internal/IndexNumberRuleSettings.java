package org.civitas.content.internal;

import static org.civitas.site.SitePermissions.SITE_CREATE;
import static org.civitas.site.SitePermissions.SITE_MANAGE;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.content.IndexNumberRules;
import org.civitas.content.IndexRuleChanged;
import org.civitas.platform.DomainException;
import org.civitas.site.ChannelType;
import org.civitas.site.SiteService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class IndexNumberRuleSettings implements IndexNumberRules {

    private static final Pattern AUTHORITY = Pattern.compile("[0-9A-Z]{1,32}");
    static final Pattern CATEGORY = Pattern.compile("[0-9A-Za-z-]{0,32}");
    private static final Pattern ANY_PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    private final IndexNumberIssuer numbers;
    private final ChannelSettings settings;
    private final SiteChannelLookup channels;
    private final SiteService sites;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IndexNumberRuleSettings(
            IndexNumberIssuer numbers,
            ChannelSettings settings,
            SiteChannelLookup channels,
            SiteService sites,
            ApplicationEventPublisher events,
            Clock clock) {
        this.numbers = numbers;
        this.settings = settings;
        this.channels = channels;
        this.sites = sites;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public IndexRule rule(long siteId) {
        boolean configured = numbers.find(siteId).isPresent();
        IndexNumberIssuer.Rule rule = numbers.rule(siteId);
        int year = clock.instant().atZone(IndexNumberIssuer.ZONE).getYear();
        return new IndexRule(
                siteId,
                rule.authorityCode(),
                rule.pattern(),
                configured,
                IndexNumberIssuer.format(rule, "XXGK", year, 12));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyAuthority('" + SITE_CREATE + "', '" + SITE_MANAGE + "')")
    public IndexRule setRule(long siteId, String authorityCode, String pattern) {
        requireManage(siteId);
        String code = authorityCode == null ? "" : authorityCode.strip();
        if (!AUTHORITY.matcher(code).matches()) {
            throw DomainException.onField("authorityCode", "content.indexRule.authority");
        }
        String p = pattern == null || pattern.isBlank() ? IndexRule.DEFAULT_PATTERN : pattern.strip();
        if (p.length() > 100 || !p.contains("{seq") || !onlyKnownPlaceholders(p)) {
            throw DomainException.onField("pattern", "content.indexRule.pattern");
        }
        numbers.save(siteId, new IndexNumberIssuer.Rule(code, p), ArticleAccess.actor(), clock.instant());
        events.publishEvent(IndexRuleChanged.rule(siteId, code, p));
        return rule(siteId);
    }

    private static boolean onlyKnownPlaceholders(String pattern) {
        Matcher any = ANY_PLACEHOLDER.matcher(pattern);
        while (any.find()) {
            if (!IndexNumberIssuer.PLACEHOLDER.matcher(any.group()).matches()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Optional<String> category(long channelId) {
        return settings.indexCategory(channelId);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyAuthority('" + SITE_CREATE + "', '" + SITE_MANAGE + "')")
    public void setCategory(long siteId, long channelId, String category) {
        requireManage(siteId);
        var channel = channels.articleChannel(siteId, channelId);
        if (channel.type() != ChannelType.DISCLOSURE) {
            throw DomainException.onField("category", "content.indexRule.notDisclosure", channel.name());
        }
        String code = category == null || category.isBlank() ? null : category.strip();
        if (code != null && !CATEGORY.matcher(code).matches()) {
            throw DomainException.onField("category", "content.indexRule.category");
        }
        Instant now = clock.instant();
        settings.setIndexCategory(siteId, channel.id(), code, ArticleAccess.actor(), now);
        events.publishEvent(IndexRuleChanged.category(siteId, channel.id(), code));
    }

    private void requireManage(long siteId) {
        if (!sites.canManage(siteId)) {
            throw new AccessDeniedException("not an administrator of site " + siteId);
        }
    }
}
