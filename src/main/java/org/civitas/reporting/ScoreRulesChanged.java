package org.civitas.reporting;

import java.util.Map;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** Points of the scoring rule table changed (code → new points); every score is computed anew from its facts. */
@Audited(action = "reporting:score-rules", object = "ScoreRules", id = "")
public record ScoreRulesChanged(Map<String, String> points) implements AuditableEvent {
    public ScoreRulesChanged {
        points = Map.copyOf(points);
    }

    @Override
    public String summary() {
        return AuditSummary.of("ScoreRulesChanged", new java.util.TreeMap<>(points));
    }
}
