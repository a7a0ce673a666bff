package org.civitas.reporting.internal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.SecurityLabels;
import org.civitas.platform.RichText;
import org.civitas.reporting.SubmissionAdopted;
import org.civitas.reporting.SubmissionSaved;
import org.civitas.reporting.UnitType;
import org.civitas.reporting.internal.adoption.Adoption;
import org.civitas.reporting.internal.adoption.Adoptions;
import org.civitas.reporting.internal.submission.Submission;
import org.civitas.reporting.internal.submission.SubmissionContent;
import org.civitas.reporting.internal.submission.Submissions;
import org.civitas.reporting.internal.units.ReportingUnit;
import org.civitas.reporting.internal.units.ReportingUnits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Three months of the demo desk's history, written straight through the aggregates with past dates
 * (the sign-off reviews of that history are not replayed): every state, returns with reasons, single
 * and merged adoptions, and near-duplicate pairs from two units in the last days. Each submission publishes
 * its {@link SubmissionSaved}, so that a new installation's search index holds all of them.
 */
@Component
class DemoSubmissions {

    private static final int ITEMS = 72;

    private final Submissions submissions;
    private final Adoptions adoptions;
    private final ReportingUnits units;
    private final SecurityLabels labels;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoSubmissions(
            Submissions submissions,
            Adoptions adoptions,
            ReportingUnits units,
            SecurityLabels labels,
            ApplicationEventPublisher events,
            Clock clock) {
        this.submissions = submissions;
        this.adoptions = adoptions;
        this.units = units;
        this.labels = labels;
        this.events = events;
        this.clock = clock;
    }

    void create(List<OrganisationView> reporting, long wenchuan) {
        Instant now = clock.instant();
        List<String> codes = labels.all().stream().map(l -> l.code()).toList();
        for (int i = 0; i < ITEMS; i++) {
            OrganisationView unit = reporting.get((i * 7) % reporting.size());
            DemoTexts.Text text = DemoTexts.ITEMS.get(i % DemoTexts.ITEMS.size());
            String label = i % 13 == 5
                    ? codes.getLast()
                    : i % 6 == 1 ? codes.get(Math.min(1, codes.size() - 1)) : codes.getFirst();
            Instant created = now.minus(Duration.ofHours(90L * 24 - i * 29L));
            Submission s =
                    write(unit, text, label, created, unit.id() == wenchuan ? "desk.wenchuan" : "info." + unit.code());
            boolean recent = created.isAfter(now.minus(Duration.ofDays(6)));
            if (i % 17 == 3) {
                continue; // still a draft in the unit
            }
            Instant signed = created.plus(Duration.ofHours(3));
            s.send(created.plus(Duration.ofHours(1)));
            s.signedOff(signed);
            if (recent) {
                continue;
            }
            Instant decided = signed.plus(Duration.ofHours(20));
            switch (i % 5) {
                case 0 -> s.returnToUnit(DemoTexts.RETURN_REASONS.get(i % DemoTexts.RETURN_REASONS.size()), decided);
                case 1, 2 -> adopt(List.of(s), s.title(), s.body(), decided);
                case 3 -> s.preAdopt(decided);
                default -> {}
            }
        }
        pairs(reporting, wenchuan, now);
        submissions.flush();
    }

    /** Near-duplicates: the first two pairs wait in the inbox; the last was merged into one adopted item. */
    private void pairs(List<OrganisationView> reporting, long wenchuan, Instant now) {
        List<OrganisationView> departments = reporting.stream()
                .filter(o -> units.findById(o.id())
                        .map(u -> u.type() == UnitType.DEPARTMENT)
                        .orElse(false))
                .toList();
        List<OrganisationView> counties = reporting.stream()
                .filter(o -> units.findById(o.id())
                        .map(u -> u.type() == UnitType.COUNTY)
                        .orElse(false))
                .toList();
        String publicLabel = labels.lowest().code();
        for (int p = 0; p < DemoTexts.PAIRS.size(); p++) {
            var pair = DemoTexts.PAIRS.get(p);
            OrganisationView county = p == 0
                    ? counties.stream()
                            .filter(c -> c.id() == wenchuan)
                            .findFirst()
                            .orElse(counties.getFirst())
                    : counties.get((p * 5) % counties.size());
            OrganisationView department = departments.get((p * 3 + 1) % departments.size());
            Instant at = now.minus(Duration.ofHours(30L + p * 26));
            Submission a = write(
                    county,
                    pair.first(),
                    publicLabel,
                    at,
                    county.id() == wenchuan ? "desk.wenchuan" : "info." + county.code());
            Submission b = write(
                    department,
                    pair.second(),
                    publicLabel,
                    at.plus(Duration.ofMinutes(95)),
                    "info." + department.code());
            for (Submission s : List.of(a, b)) {
                s.send(s.createdAt().plus(Duration.ofMinutes(10)));
                s.signedOff(s.createdAt().plus(Duration.ofMinutes(40)));
            }
            if (p == DemoTexts.PAIRS.size() - 1) {
                adopt(List.of(a, b), pair.first().title(), a.body(), at.plus(Duration.ofHours(5)));
            }
        }
    }

    private Submission write(OrganisationView unit, DemoTexts.Text text, String label, Instant at, String author) {
        String name = shortName(unit.name());
        String body = "<p>" + text.body().replace("{unit}", name) + "</p>";
        var content = new SubmissionContent(
                text.title().replace("{unit}", name),
                body,
                RichText.toPlainText(body),
                text.category(),
                text.urgency(),
                label,
                "负责人",
                "0837-28" + String.format("%05d", unit.id() % 100_000),
                List.of(),
                java.util.Set.of());
        UnitType type = units.findById(unit.id()).map(ReportingUnit::type).orElse(UnitType.DIRECT);
        Submission saved = submissions.saveAndFlush(new Submission(unit.id(), type, author, content, at));
        // its event, as a unit's own draft has: the search index (and the audit trail) learn of it after the
        // demo's commit, and index the state the history below leaves it in
        events.publishEvent(new SubmissionSaved(saved.id(), saved.organisationId(), saved.title(), true));
        return saved;
    }

    private void adopt(List<Submission> sources, String title, String body, Instant at) {
        String label = sources.getFirst().label();
        Adoption adoption = new Adoption(title, body, sources.size() > 1, label, "desk.editor", at);
        sources.forEach(s -> {
            if (s.id() == null) {
                submissions.saveAndFlush(s);
            }
            adoption.credit(s.id(), s.organisationId());
        });
        adoptions.saveAndFlush(adoption);
        sources.forEach(s -> s.adopted(adoption.id(), at));
        events.publishEvent(new SubmissionAdopted(
                adoption.id(),
                title,
                sources.size() > 1,
                sources.stream().map(Submission::id).toList(),
                sources.stream().map(Submission::organisationId).distinct().toList()));
    }

    /** 汶川县人民政府 → 汶川县, for the demo's titles. */
    private static String shortName(String name) {
        return name.endsWith("人民政府") && name.length() > 4 ? name.substring(0, name.length() - 4) : name;
    }
}
