package org.civitas.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.civitas.identity.AccessControl;
import org.civitas.reporting.NearDuplicate;
import org.springframework.stereotype.Component;

/**
 * Finds submissions of other units that tell the same story: the candidates share a MinHash band
 * (an indexed lookup), then the whole signatures are compared and the similar ones kept.
 */
@Component
class NearDuplicates {

    private final Submissions submissions;
    private final SubmissionVisibility visibility;
    private final SubmissionViews views;
    private final AccessControl access;
    private final ReportingSettings settings;
    private final Clock clock;

    NearDuplicates(
            Submissions submissions,
            SubmissionVisibility visibility,
            SubmissionViews views,
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
        var names = views.names();
        return submissions.sharingABand(bands, since, s.organisationId(), s.id(), labels).stream()
                .map(c -> new Candidate(c, MinHash.similarity(signature, c.signature())))
                .filter(c -> c.similarity() >= settings.duplicateMinSimilarity())
                .filter(c -> visibility.canRead(c.submission()))
                .map(c -> new NearDuplicate(names.summary(c.submission()), c.similarity()))
                .sorted(Comparator.comparingInt(NearDuplicate::similarity)
                        .reversed()
                        .thenComparing(d -> d.submission().id()))
                .toList();
    }

    private record Candidate(Submission submission, int similarity) {}
}
