package org.civitas.reporting.internal.adoption;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civitas.identity.AccessControl;
import org.civitas.reporting.NearDuplicate;
import org.civitas.reporting.internal.ReportingSettings;
import org.civitas.reporting.internal.submission.Submission;
import org.civitas.reporting.internal.submission.SubmissionViewAssembler;
import org.civitas.reporting.internal.submission.SubmissionVisibility;
import org.civitas.reporting.internal.submission.Submissions;
import org.springframework.stereotype.Component;

/**
 * Finds submissions of other units that tell the same story: the candidates share a MinHash band
 * (an indexed lookup reading only ids and signatures), then the whole signatures are compared and only the
 * similar ones are loaded.
 */
@Component
class NearDuplicateFinder {

    private final Submissions submissions;
    private final SubmissionVisibility visibility;
    private final SubmissionViewAssembler views;
    private final AccessControl access;
    private final ReportingSettings settings;
    private final Clock clock;

    NearDuplicateFinder(
            Submissions submissions,
            SubmissionVisibility visibility,
            SubmissionViewAssembler views,
            AccessControl access,
            ReportingSettings settings,
            Clock clock) {
        this.submissions = submissions;
        this.visibility = visibility;
        this.views = views;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    /** Near-duplicates of {@code s} the current user may read, most similar first. */
    List<NearDuplicate> of(Submission s) {
        int[] signature = s.signature();
        int[] bands = new int[MinHash.BANDS];
        for (int i = 0; i < MinHash.BANDS; i++) {
            bands[i] = MinHash.band(signature, i);
        }
        var since = (s.submittedAt() != null ? s.submittedAt() : clock.instant())
                .minus(Duration.ofDays(settings.duplicateWindowDays()));
        var labels = List.copyOf(access.readableLabels());
        if (labels.isEmpty()) {
            return List.of();
        }
        // signatures first: only the similar few are loaded as entities (usually none or one)
        Map<Long, Integer> similar = new HashMap<>();
        for (Submissions.BandMatch m : submissions.sharingABand(bands, since, s.organisationId(), s.id(), labels)) {
            int similarity = MinHash.similarity(signature, MinHash.decode(m.minhash()));
            if (similarity >= settings.duplicateMinSimilarity()) {
                similar.put(m.id(), similarity);
            }
        }
        if (similar.isEmpty()) {
            return List.of();
        }
        var names = views.names();
        return submissions.findAllById(similar.keySet()).stream()
                .filter(visibility::canRead)
                .map(c -> new NearDuplicate(names.summary(c), similar.get(c.id())))
                .sorted(Comparator.comparingInt(NearDuplicate::similarity)
                        .reversed()
                        .thenComparing(d -> d.submission().id()))
                .toList();
    }
}
