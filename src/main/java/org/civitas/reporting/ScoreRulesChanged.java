package org.civitas.reporting;

import java.util.Map;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** Points of the scoring rule table changed (code → new points); every score is computed anew from its facts. */
public record ScoreRulesChanged(Map<String, String> points) implements AuditableEvent {

    public ScoreRulesChanged {
        points = Map.copyOf(points);
    }

    @Override
    public String action() {
        return "reporting:score-rules";
    }

    @Override
    public String objectType() {
        return "ScoreRules";
    }

    @Override
    public String objectId() {
        return null;
    }

    @Override
    public String summary() {
        return AuditSummary.of("ScoreRulesChanged", new java.util.TreeMap<>(points));
    }
}
