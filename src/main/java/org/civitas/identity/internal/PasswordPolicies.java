package org.civitas.identity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordPolicies extends JpaRepository<PasswordPolicyRecord, Integer> {}
