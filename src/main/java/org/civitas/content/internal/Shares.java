package org.civitas.content.internal;

import java.util.List;
import org.civitas.content.ShareState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Shares extends JpaRepository<Share, Long> {

    @Query("""
            select s from Share s where s.articleId = :articleId
              and s.state in (org.civitas.content.ShareState.PENDING, org.civitas.content.ShareState.ACCEPTED)
            order by s.id
            """)
    List<Share> active(@Param("articleId") long articleId);

    /** Shares into one channel of a site in one state, oldest first. */
    @Query("""
            select s from Share s where s.targetChannelId = :channelId and s.targetSiteId = :siteId
              and s.state = :state
            order by s.id
            """)
    List<Share> intoChannel(
            @Param("siteId") long siteId, @Param("channelId") long channelId, @Param("state") ShareState state);

    /** The (site, channel) pairs that active shares go into. */
    @Query("""
            select distinct s.targetSiteId, s.targetChannelId from Share s
            where s.state in (org.civitas.content.ShareState.PENDING, org.civitas.content.ShareState.ACCEPTED)
            """)
    List<Object[]> activeTargets();

    Page<Share> findByArticleIdOrderByRequestedAtDescIdDesc(long articleId, Pageable pageable);

    @Query(value = """
            select s from Share s where s.targetSiteId = :siteId and (:state is null or s.state = :state)
            order by case when s.state = org.civitas.content.ShareState.PENDING then 0 else 1 end,
              s.requestedAt desc, s.id desc
            """, countQuery = """
            select count(s) from Share s where s.targetSiteId = :siteId and (:state is null or s.state = :state)
            """)
    Page<Share> incoming(@Param("siteId") long siteId, @Param("state") ShareState state, Pageable pageable);

    Page<Share> findBySourceSiteIdOrderByRequestedAtDescIdDesc(long siteId, Pageable pageable);
}
