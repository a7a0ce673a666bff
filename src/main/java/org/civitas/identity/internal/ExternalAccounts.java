package org.civitas.identity.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExternalAccounts extends JpaRepository<ExternalAccount, Long> {

    Optional<ExternalAccount> findByMethodAndSubject(String method, String subject);

    List<ExternalAccount> findByUserIdOrderByIdAsc(long userId);
}
