package org.civitas.reporting.internal.units;

import org.civitas.reporting.UnitType;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitTypeSettingsRepository extends JpaRepository<UnitTypeSetting, UnitType> {}
