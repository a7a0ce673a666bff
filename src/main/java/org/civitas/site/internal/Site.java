package org.civitas.site.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.civitas.platform.DomainException;
import org.civitas.site.ContentLanguage;
import org.civitas.site.Registration;
import org.civitas.site.SiteKind;
import org.civitas.site.SiteStatus;
import org.civitas.site.SiteView;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A site of the cluster with its domains and administrators; guards its own status changes. */
@Entity
@Table(name = "site")
public class Site {

    /** One DNS label: letters, digits and inner hyphens, at most 63 characters. */
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private static final Pattern SITE_CODE = Pattern.compile("\\d{10}");

    /** 网站标识码 of a central department's site: {@code bm}, then the department's number and a sequence. */
    private static final Pattern CENTRAL_SITE_CODE = Pattern.compile("bm\\d{8}");

    /** e.g. 川ICP备05003303号 or 京ICP证030173号-1. */
    private static final Pattern ICP = Pattern.compile("\\p{IsHan}ICP[备证]\\d{6,10}号(-\\d{1,3})?");

    /** e.g. 川公网安备 51320002000001号. */
    private static final Pattern POLICE = Pattern.compile("\\p{IsHan}公网安备\\s?\\d{14}号");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private SiteKind kind;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "site_code", nullable = false, length = 10)
    private String siteCode;

    @Column(name = "party_label", length = 200)
    private String partyLabel;

    @Column(name = "icp_number", length = 100)
    private String icpNumber;

    @Column(name = "police_number", length = 100)
    private String policeNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SiteStatus status;

    @Column(name = "blueprint_code", nullable = false, length = 64, updatable = false)
    private String blueprintCode;

    @Column(nullable = false, length = 64)
    private String theme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContentLanguage language = ContentLanguage.CHINESE;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "site_domain", joinColumns = @JoinColumn(name = "site_id"))
    @Column(name = "domain", nullable = false, length = 253)
    private Set<String> domains = new LinkedHashSet<>();

    /** The domain links, feeds, sitemaps and the export folder use; one of {@link #domains}. */
    @Column(name = "primary_domain", length = 253)
    private String primaryDomain;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "site_admin", joinColumns = @JoinColumn(name = "site_id"))
    private Set<SiteAdmin> administrators = new LinkedHashSet<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Site() {}

    Site(
            String name,
            SiteKind kind,
            Long parentId,
            long organisationId,
            String siteCode,
            String blueprintCode,
            Instant now) {
        this.name = name;
        this.kind = kind;
        this.parentId = parentId;
        this.organisationId = organisationId;
        this.siteCode = siteCode;
        this.blueprintCode = blueprintCode;
        this.status = SiteStatus.BUILDING;
        this.theme = "default";
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * @param primary the primary domain, one of {@code domains}; {@code null} keeps the current one while
     *     it is still listed, else takes the first listed
     */
    void describe(
            String name, List<String> domains, String primary, Registration registration, String theme, Instant now) {
        this.name = name;
        this.domains.clear();
        this.domains.addAll(domains);
        if (primary != null) {
            if (!domains.contains(primary)) {
                throw DomainException.onField("primaryDomain", "site.domain.primary.unlisted", primary);
            }
            this.primaryDomain = primary;
        } else if (primaryDomain == null || !domains.contains(primaryDomain)) {
            this.primaryDomain = domains.isEmpty() ? null : domains.getFirst();
        }
        this.partyLabel = registration.partyLabel();
        this.icpNumber = registration.icpNumber();
        this.policeNumber = registration.policeNumber();
        this.theme = theme;
        this.updatedAt = now;
    }

    /** Marks the site as Chinese, Tibetan or bilingual; {@code null} keeps what it is. */
    void speak(ContentLanguage language) {
        if (language != null) {
            this.language = language;
        }
    }

    /** Changes the status if the life cycle allows it; refuses with the reason otherwise. */
    public SiteStatus changeStatus(SiteStatus to, Instant now) {
        SiteStatus from = status;
        if (from == to || !from.next().contains(to)) {
            // by their labels in the reader's language, never BUILDING or ONLINE
            throw DomainException.onField(
                    "status",
                    "site.status.illegal",
                    new DefaultMessageSourceResolvable("site.status." + from.name()),
                    new DefaultMessageSourceResolvable("site.status." + to.name()));
        }
        status = to;
        updatedAt = now;
        return from;
    }

    /** Corrects the national site code (网站标识码) recorded wrongly; returns the code it had. */
    String correctSiteCode(String code, Instant now) {
        String before = siteCode;
        siteCode = code;
        updatedAt = now;
        return before;
    }

    boolean addAdministrator(long userId, String username) {
        boolean added = administrators.stream().noneMatch(a -> a.userId() == userId);
        if (added) {
            administrators.add(new SiteAdmin(userId, username));
        }
        return added;
    }

    boolean removeAdministrator(long userId) {
        return administrators.removeIf(a -> a.userId() == userId);
    }

    boolean administeredBy(long userId) {
        return administrators.stream().anyMatch(a -> a.userId() == userId);
    }

    SiteView view() {
        List<SiteView.SiteAdministrator> admins = administrators.stream()
                .sorted(Comparator.comparing(SiteAdmin::username))
                .map(a -> new SiteView.SiteAdministrator(a.userId(), a.username()))
                .toList();
        return new SiteView(
                id,
                name,
                kind,
                parentId,
                organisationId,
                domainsPrimaryFirst(),
                siteCode,
                new Registration(partyLabel, icpNumber, policeNumber),
                status,
                blueprintCode,
                theme,
                admins,
                version,
                language);
    }

    /** The primary domain first, then the others alphabetically: {@link SiteView#primaryDomain()} reads the first. */
    private List<String> domainsPrimaryFirst() {
        List<String> ordered = new ArrayList<>(domains.stream().sorted().toList());
        String primary = primaryDomain != null && ordered.contains(primaryDomain) ? primaryDomain : null;
        if (primary != null) {
            ordered.remove(primary);
            ordered.addFirst(primary);
        }
        return List.copyOf(ordered);
    }

    public Long id() {
        return id;
    }

    String name() {
        return name;
    }

    public String siteCode() {
        return siteCode;
    }

    String blueprintCode() {
        return blueprintCode;
    }

    Long parentId() {
        return parentId;
    }

    // Checks of what a site is made of (names, domains, the national site code, filing numbers), each
    // returning the value as stored or refusing it with the field and the reason.

    static String checkedName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw DomainException.onField("name", "site.name.invalid");
        }
        return trimmed;
    }

    /** Lower-cased, without duplicates; at least one. */
    static List<String> checkedDomains(List<String> domains) {
        Set<String> result = new LinkedHashSet<>();
        for (String d : domains == null ? List.<String>of() : domains) {
            if (d == null || d.isBlank()) {
                continue;
            }
            String host = d.strip().toLowerCase(Locale.ROOT);
            if (!isHostName(host)) {
                throw DomainException.onField("domains", "site.domain.invalid", d.strip());
            }
            result.add(host);
        }
        if (result.isEmpty()) {
            throw DomainException.onField("domains", "site.domain.required");
        }
        return new ArrayList<>(result);
    }

    static boolean isHostName(String host) {
        if (host.length() > 253 || host.endsWith(".")) {
            return false;
        }
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2 || labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * 网站标识码: ten characters, either an administrative-division code (GB/T 2260) of six digits and a
     * sequence of four, checked against {@link DivisionCodes}, or {@code bm} and eight digits for a central
     * department's site.
     */
    static String checkedSiteCode(String code) {
        String trimmed = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (CENTRAL_SITE_CODE.matcher(trimmed).matches()) {
            return trimmed;
        }
        if (!SITE_CODE.matcher(trimmed).matches()) {
            throw DomainException.onField("siteCode", "site.code.format", trimmed);
        }
        String division = trimmed.substring(0, 6);
        DivisionCodes.standard().check(division).ifPresent(refusal -> {
            throw DomainException.onField(
                    "siteCode", refusal.messageKey(), trimmed, division, refusal.parentCode(), refusal.parentName());
        });
        return trimmed;
    }

    /** The primary domain as typed (lower-cased), or {@code null} when none is chosen. */
    static String checkedPrimaryDomain(String domain) {
        return blankToNull(domain) == null ? null : domain.strip().toLowerCase(Locale.ROOT);
    }

    static Registration checkedRegistration(Registration registration) {
        if (registration == null) {
            return Registration.none();
        }
        String label = blankToNull(registration.partyLabel());
        if (label != null && label.length() > 200) {
            throw DomainException.onField("partyLabel", "site.partyLabel.invalid");
        }
        String icp = blankToNull(registration.icpNumber());
        if (icp != null && !ICP.matcher(icp).matches()) {
            throw DomainException.onField("icpNumber", "site.icp.invalid", icp);
        }
        String police = blankToNull(registration.policeNumber());
        if (police != null && !POLICE.matcher(police).matches()) {
            throw DomainException.onField("policeNumber", "site.police.invalid", police);
        }
        return new Registration(label, icp, police);
    }

    static String checkedTheme(String theme) {
        String t = blankToNull(theme);
        if (t == null) {
            return "default";
        }
        if (!Channel.CODE.matcher(t).matches()) {
            throw DomainException.onField("theme", "site.theme.invalid", t);
        }
        return t;
    }

    /**
     * A theme name that is valid and installed; {@code keep} (the site's current theme) is accepted even
     * when it is no longer installed, so that editing other details of such a site is not refused.
     */
    static String checkedTheme(String theme, org.civitas.site.ThemeCatalogue catalogue, String keep) {
        String t = checkedTheme(theme);
        if (!t.equals(keep) && !catalogue.installed(t)) {
            throw DomainException.onField("theme", "site.theme.unknown", t, String.join(", ", catalogue.names()));
        }
        return t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
