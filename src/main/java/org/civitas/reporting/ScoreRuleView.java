package org.civitas.reporting;

import java.math.BigDecimal;

/** One row of the rule table: a code of {@link ScoreRules} and its points (negative for penalties). */
public record ScoreRuleView(String code, BigDecimal points) {}
