package org.civitas.identity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface Installations extends JpaRepository<Installation, Integer> {}
