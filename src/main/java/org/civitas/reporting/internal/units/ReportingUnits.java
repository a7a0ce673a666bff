package org.civitas.reporting.internal.units;

import java.util.List;
import org.civitas.reporting.UnitType;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingUnits extends JpaRepository<ReportingUnit, Long> {

    List<ReportingUnit> findByType(UnitType type);
}
