package org.civitas.reporting;

import java.util.Set;
import org.civitas.identity.OrganisationScope;

/**
 * Who sees which desk items: an item labelled within {@code labels} whose unit is in {@code own} (the
 * user writes or signs off for it), or in {@code office} once it has been sent (the user edits for it).
 */
public record DeskReaders(Set<String> labels, OrganisationScope own, OrganisationScope office) {

    public DeskReaders {
        labels = Set.copyOf(labels);
    }
}
