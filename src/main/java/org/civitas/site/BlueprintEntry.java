package org.civitas.site;

/**
 * One channel of a blueprint. {@code name} may contain {@code {site}}, replaced by the site's name.
 *
 * @param parentCode the entry above it, or {@code null} at the top
 * @param linkUrl for a {@link ChannelType#LINK} entry, the address its channels start with (each site may
 *     change its own); {@code null} otherwise or when each site sets its own
 */
public record BlueprintEntry(String code, String parentCode, String name, ChannelType type, String linkUrl) {

    public BlueprintEntry(String code, String parentCode, String name, ChannelType type) {
        this(code, parentCode, name, type, null);
    }

    public String nameFor(String siteName) {
        return name.replace("{site}", siteName);
    }
}
