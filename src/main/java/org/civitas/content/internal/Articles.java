package org.civitas.content.internal;

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
            order by a.updatedAt desc, a.id desc
            """)
    Page<Article> list(
            @Param("siteId") long siteId,
            @Param("channelId") Long channelId,
            @Param("state") ArticleState state,
            Pageable pageable);

    long countByChannelId(long channelId);

    List<Article> findByChannelIdOrderById(long channelId);
}
