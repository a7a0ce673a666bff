package org.civitas.identity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface SecondFactors extends JpaRepository<SecondFactor, Long> {}
