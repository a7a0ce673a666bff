package org.civitas.reporting.internal.commission;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Commissions extends JpaRepository<Commission, Long> {

    List<Commission> findAllByOrderByIssuedAtDescIdDesc();

    @Query("select distinct c from Commission c join c.targets t where t in ?1 order by c.issuedAt desc, c.id desc")
    List<Commission> asking(Collection<Long> organisationIds);
}
