package org.civitas.reporting.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface Adoptions extends JpaRepository<Adoption, Long> {}
