package org.civitas.content.internal;

import java.util.List;
import org.civitas.content.ShareState;
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

    List<Share> findByArticleIdOrderByRequestedAtDescIdDesc(long articleId);

    @Query("""
            select s from Share s where s.targetSiteId = :siteId and (:state is null or s.state = :state)
            order by case when s.state = org.civitas.content.ShareState.PENDING then 0 else 1 end,
              s.requestedAt desc, s.id desc
            """)
    List<Share> incoming(@Param("siteId") long siteId, @Param("state") ShareState state);

    List<Share> findBySourceSiteIdOrderByRequestedAtDescIdDesc(long siteId);
}
