package org.civitas.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Organisations extends JpaRepository<Organisation, Long> {

    String TREE_ORDER = " order by o.depth, o.sortOrder, o.name";

    @Query("select o from Organisation o" + TREE_ORDER)
    List<Organisation> findAllInTreeOrder();

    @Query("select o from Organisation o where o.path like concat(:path, '%')" + TREE_ORDER)
    List<Organisation> findSubtree(@Param("path") String path);

    @Query("select o.id from Organisation o where o.path like concat(:path, '%')")
    List<Long> findSubtreeIds(@Param("path") String path);

    @Query("select o from Organisation o where o.id in :ids" + TREE_ORDER)
    List<Organisation> findAllInTreeOrder(@Param("ids") Collection<Long> ids);

    Optional<Organisation> findByCode(String code);

    boolean existsByParentId(Long parentId);

    Optional<Organisation> findFirstByParentIdIsNullOrderBySortOrderAscIdAsc();

    /** Rewrites the paths and depths of a moved subtree (the moved node included). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Organisation o set o.path = concat(:newPrefix, substring(o.path, :oldLength + 1)),"
            + " o.depth = o.depth + :depthDelta where o.path like concat(:oldPrefix, '%')")
    int rewritePaths(
            @Param("oldPrefix") String oldPrefix,
            @Param("oldLength") int oldLength,
            @Param("newPrefix") String newPrefix,
            @Param("depthDelta") int depthDelta);
}
