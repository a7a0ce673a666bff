package org.civitas.journal.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EditionForwards extends JpaRepository<EditionForward, Long> {

    List<EditionForward> findByEditionIdInOrderByForwardedAtDescIdDesc(Collection<Long> editionIds);

    List<EditionForward> findByEditionIdOrderByForwardedAtDescIdDesc(long editionId);
}
