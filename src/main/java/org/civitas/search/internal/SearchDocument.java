package org.civitas.search.internal;

import java.time.Instant;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * One searchable thing: an article as one site shows it, a submission, an adopted item or an edition.
 * Besides the text it carries everything a query filters on, so that permission filters run inside the
 * query and counts and facets never include what the user may not see. The text fields keep term
 * vectors with offsets, so that highlighting reads where the words are instead of segmenting every hit's
 * text again (which cost more than the search itself, and grew with the size of attached files).
 */
public class SearchDocument {

    static final String TEXT = "chinese";
    static final String QUERY = "chinese_query";

    @DocumentId
    String id;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    String kind;

    /** {@code public} for what anyone may find, {@code desk} and {@code edition} for staff documents. */
    @KeywordField
    String audience;

    @FullTextField(
            analyzer = TEXT,
            searchAnalyzer = QUERY,
            projectable = Projectable.YES,
            highlightable = Highlightable.FAST_VECTOR)
    String title;

    @FullTextField(
            analyzer = TEXT,
            searchAnalyzer = QUERY,
            projectable = Projectable.YES,
            highlightable = Highlightable.FAST_VECTOR)
    String body;

    /** Text of the attachments. */
    @FullTextField(
            analyzer = TEXT,
            searchAnalyzer = QUERY,
            projectable = Projectable.YES,
            highlightable = Highlightable.FAST_VECTOR)
    String files;

    @GenericField(projectable = Projectable.YES)
    long sourceId;

    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    Long siteId;

    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    Long channelId;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    Instant date;

    @KeywordField
    String label;

    @GenericField
    Integer labelRank;

    @GenericField
    Set<Long> organisationIds = Set.of();

    @GenericField
    Long journalId;

    @KeywordField
    String state;

    /** When the source last changed as far as the index knows, for the drift check. */
    @GenericField(projectable = Projectable.YES)
    Instant changedAt;

    public String getId() {
        return id;
    }
}
