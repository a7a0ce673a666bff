package org.civitas.reporting.internal.scoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreRuleRows extends JpaRepository<ScoreRule, String> {

    List<ScoreRule> findAllByOrderBySortOrder();
}
