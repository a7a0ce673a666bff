package org.civitas.site.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.civitas.site.BlueprintEntry;
import org.civitas.site.ChannelType;

/** A stored blueprint entry. */
@Embeddable
record BlueprintEntryValue(
        @Column(name = "code", nullable = false, length = 64)
        String code,

        @Column(name = "parent_code", length = 64) String parentCode,

        @Column(name = "name", nullable = false, length = 200)
        String name,

        @Enumerated(EnumType.STRING) @Column(name = "type", nullable = false, length = 32)
        ChannelType type,

        @Column(name = "link_url", length = 2000) String linkUrl) {

    static BlueprintEntryValue of(BlueprintEntry e) {
        return new BlueprintEntryValue(e.code(), e.parentCode(), e.name(), e.type(), e.linkUrl());
    }

    BlueprintEntry entry() {
        return new BlueprintEntry(code, parentCode, name, type, linkUrl);
    }
}
