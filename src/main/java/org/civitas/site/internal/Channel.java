package org.civitas.site.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.civitas.platform.DomainException;
import org.civitas.site.ChannelType;
import org.civitas.site.ChannelView;

/** A channel of one site; one created from a blueprint entry keeps its name and place in the tree. */
@Entity
@Table(name = "site_channel")
public class Channel {

    /** A channel code; theme names follow the same rule. */
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private long siteId;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Column(nullable = false, length = 64, updatable = false)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ChannelType type;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "blueprint_entry_code", length = 64)
    private String blueprintEntryCode;

    /** Where a {@link ChannelType#LINK} channel leads; {@code null} for other kinds and for a link not yet set. */
    @Column(name = "link_url", length = 2000)
    private String linkUrl;

    protected Channel() {}

    Channel(
            long siteId,
            Long parentId,
            String code,
            String name,
            ChannelType type,
            int sortOrder,
            String blueprintEntryCode) {
        this.siteId = siteId;
        this.parentId = parentId;
        this.code = code;
        this.name = name;
        this.type = type;
        this.sortOrder = sortOrder;
        this.blueprintEntryCode = blueprintEntryCode;
    }

    /** Points a link channel at {@code url} (already checked); other kinds hold articles, not an address. */
    public void linkTo(String url) {
        if (type != ChannelType.LINK) {
            throw DomainException.onField("linkUrl", "site.channel.link.notLink", name);
        }
        this.linkUrl = url;
    }

    String linkUrl() {
        return linkUrl;
    }

    void rename(String newName) {
        this.name = newName;
    }

    /** Takes the blueprint's name for this blueprint channel (when the blueprint entry was renamed). */
    void conformTo(String blueprintName) {
        this.name = blueprintName;
    }

    /**
     * The blueprint no longer has this channel's entry: it becomes a local channel, keeping its
     * content, which the site's administrators may keep, rename or remove.
     */
    void detachFromBlueprint() {
        this.blueprintEntryCode = null;
    }

    /** Refuses a site administrator's change to a channel of a blueprint that locks its channels. */
    void requireUnlocked(boolean blueprintLocked, String refusal) {
        if (blueprintEntryCode != null && blueprintLocked) {
            throw new DomainException(refusal, name);
        }
    }

    void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    ChannelView view(List<ChannelView> children) {
        return new ChannelView(
                id, siteId, parentId, code, name, type, sortOrder, blueprintEntryCode, linkUrl, children);
    }

    ChannelType type() {
        return type;
    }

    Long id() {
        return id;
    }

    long siteId() {
        return siteId;
    }

    Long parentId() {
        return parentId;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    int sortOrder() {
        return sortOrder;
    }

    public String blueprintEntryCode() {
        return blueprintEntryCode;
    }

    // Checks of what a channel is made of, each returning the value as stored or refusing it.

    static String checkedCode(String code) {
        String c = code == null ? "" : code.strip();
        if (!CODE.matcher(c).matches()) {
            throw DomainException.onField("code", "site.channel.code.invalid", c);
        }
        return c;
    }

    static String checkedName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw DomainException.onField("name", "site.channel.name.invalid");
        }
        return trimmed;
    }

    /**
     * Where a link channel leads: an absolute {@code http} or {@code https} address with a host, or a path
     * of the site starting with a single {@code /}; nothing else (no {@code javascript:}, {@code data:} or
     * protocol-relative {@code //host}). {@code null} when blank.
     */
    static String checkedLinkUrl(String url) {
        String u = blankToNull(url);
        if (u == null) {
            return null;
        }
        if (u.length() > 2000
                || u.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))
                || u.contains("\\")) {
            throw DomainException.onField("linkUrl", "site.channel.link.invalid", abbreviate(u));
        }
        try {
            java.net.URI uri = new java.net.URI(u);
            if (u.startsWith("/") && !u.startsWith("//") && uri.getScheme() == null) {
                return u;
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getUserInfo() == null) {
                return scheme + u.substring(scheme.length());
            }
        } catch (java.net.URISyntaxException e) {
            // refused below with the reason
        }
        throw DomainException.onField("linkUrl", "site.channel.link.invalid", abbreviate(u));
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
