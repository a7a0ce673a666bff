package org.civitas.site.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Sites extends JpaRepository<Site, Long> {

    Optional<Site> findBySiteCode(String siteCode);

    boolean existsBySiteCode(String siteCode);

    List<Site> findByBlueprintCodeOrderById(String blueprintCode);

    List<Site> findAllByOrderById();

    @Query("select s from Site s join s.domains d where d = ?1")
    Optional<Site> findByDomain(String domain);
}
