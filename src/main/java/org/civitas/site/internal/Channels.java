package org.civitas.site.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Channels extends JpaRepository<Channel, Long> {

    List<Channel> findBySiteIdOrderBySortOrderAscIdAsc(long siteId);

    boolean existsBySiteIdAndCode(long siteId, String code);

    boolean existsByParentId(long parentId);
}
