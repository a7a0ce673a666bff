package org.civitas.site.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.civitas.platform.DomainException;
import org.civitas.site.Registration;

/** Validation of what a site is made of: names, domains, the national site code and filing numbers. */
final class SiteRules {

    /** One DNS label: letters, digits and inner hyphens, at most 63 characters. */
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private static final Pattern SITE_CODE = Pattern.compile("\\d{10}");

    /** 网站标识码 of a central department's site: {@code bm}, then the department's number and a sequence. */
    private static final Pattern CENTRAL_SITE_CODE = Pattern.compile("bm\\d{8}");

    /** e.g. 川ICP备05003303号 or 京ICP证030173号-1. */
    private static final Pattern ICP = Pattern.compile("\\p{IsHan}ICP[备证]\\d{6,10}号(-\\d{1,3})?");

    /** e.g. 川公网安备 51320002000001号. */
    private static final Pattern POLICE = Pattern.compile("\\p{IsHan}公网安备\\s?\\d{14}号");

    static final Pattern CHANNEL_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private SiteRules() {}

    static String name(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw DomainException.onField("name", "site.name.invalid");
        }
        return trimmed;
    }

    /** Lower-cased, without duplicates; at least one. */
    static List<String> domains(List<String> domains) {
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
    static String siteCode(String code) {
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
    static String primaryDomain(String domain) {
        return blankToNull(domain) == null ? null : domain.strip().toLowerCase(Locale.ROOT);
    }

    static Registration registration(Registration registration) {
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

    static String theme(String theme) {
        String t = blankToNull(theme);
        if (t == null) {
            return "default";
        }
        if (!CHANNEL_CODE.matcher(t).matches()) {
            throw DomainException.onField("theme", "site.theme.invalid", t);
        }
        return t;
    }

    /**
     * A theme name that is valid and installed; {@code keep} (the site's current theme) is accepted even
     * when it is no longer installed, so that editing other details of such a site is not refused.
     */
    static String theme(String theme, org.civitas.site.ThemeCatalogue catalogue, String keep) {
        String t = theme(theme);
        if (!t.equals(keep) && !catalogue.installed(t)) {
            throw DomainException.onField("theme", "site.theme.unknown", t, String.join(", ", catalogue.names()));
        }
        return t;
    }

    static String channelCode(String code) {
        String c = code == null ? "" : code.strip();
        if (!CHANNEL_CODE.matcher(c).matches()) {
            throw DomainException.onField("code", "site.channel.code.invalid", c);
        }
        return c;
    }

    static String channelName(String name) {
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
    static String linkUrl(String url) {
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
