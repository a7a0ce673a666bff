package org.civitas.reporting.internal;

import org.civitas.reporting.UnitType;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitTypeSettingsRepository extends JpaRepository<UnitTypeSetting, UnitType> {}
