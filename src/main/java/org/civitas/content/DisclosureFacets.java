package org.civitas.content;

import java.util.List;

/** The values a site's disclosure catalogue can be filtered by, each sorted. */
public record DisclosureFacets(List<String> subjectCategories, List<String> issuingAuthorities, List<Integer> years) {}
