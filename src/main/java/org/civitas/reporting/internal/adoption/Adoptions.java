package org.civitas.reporting.internal.adoption;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Adoptions extends JpaRepository<Adoption, Long> {

    /** Every id, for a full search reindex without loading the rows. */
    @Query("select a.id from Adoption a order by a.id")
    List<Long> allIds();
}
