package org.civitas.identity;

/**
 * Read-only view of an organisation.
 *
 * @param path materialised path of ids from the root, e.g. {@code /1/5/23/}
 * @param kind e.g. {@code GOVERNMENT}, {@code DEPARTMENT}, {@code COUNTY}, {@code OFFICE}, {@code UNIT}
 */
public record OrganisationView(
        long id, Long parentId, String name, String code, String kind, String path, int depth, int sortOrder) {}
