package org.civitas.identity.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DirectoryGrants extends JpaRepository<DirectoryGrant, Long> {

    List<DirectoryGrant> findByUserId(long userId);
}
