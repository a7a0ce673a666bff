package org.civitas.content.internal;

import java.util.Collection;
import java.util.List;
import org.civitas.content.ArticleState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Articles extends JpaRepository<Article, Long> {

    @Query("""
            select a from Article a
            where a.siteId = :siteId
              and (:channelId is null or a.channelId = :channelId)
              and (:state is null or a.state = :state)
              and (:createdBy is null or a.createdBy = :createdBy)
              and (:returned = false or a.returnReason is not null)
            order by a.updatedAt desc, a.id desc
            """)
    Page<Article> list(
            @Param("siteId") long siteId,
            @Param("channelId") Long channelId,
            @Param("state") ArticleState state,
            @Param("createdBy") String createdBy,
            @Param("returned") boolean returned,
            Pageable pageable);

    long countByChannelId(long channelId);

    /** What one person wrote or changed, last changed first: their console home's recent items. */
    @Query("""
            select a from Article a
            where a.updatedBy = :username or a.createdBy = :username
            order by a.updatedAt desc, a.id desc
            """)
    List<Article> lastTouchedBy(@Param("username") String username, Pageable pageable);

    /**
     * Drafts a person wrote, or only those a reviewer sent back to them ({@code returned}), among the
     * organisations given (all of them when {@code all}); an empty collection needs one placeholder id.
     */
    @Query("""
            select count(a) from Article a
            where a.createdBy = :username and a.state = org.civitas.content.ArticleState.DRAFT
              and (:returned = false or a.returnReason is not null)
              and (:all = true or a.organisationId in :organisations)
            """)
    long draftsOf(
            @Param("username") String username,
            @Param("returned") boolean returned,
            @Param("all") boolean all,
            @Param("organisations") Collection<Long> organisations);

    List<Article> findByChannelIdOrderById(long channelId);
}
