package org.civitas.reporting.internal;

import java.util.List;
import org.civitas.reporting.UnitType;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingUnits extends JpaRepository<ReportingUnit, Long> {

    List<ReportingUnit> findByType(UnitType type);
}
