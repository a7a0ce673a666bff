package org.civitas.reporting.internal.submission;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface Submissions extends JpaRepository<Submission, Long>, JpaSpecificationExecutor<Submission> {

    /** Every id, for a full search reindex without loading the rows. */
    @Query("select s.id from Submission s order by s.id")
    List<Long> allIds();

    /**
     * Sent submissions of other units than {@code organisationId} since {@code since}, other than {@code id}, with
     * a readable label, that share at least one MinHash band with a signature: their id and signature, a handful
     * of rows even among millions. One indexed lookup per band (band, submitted_at), united in one query that
     * reads only the two columns the comparison needs: PostgreSQL would combine the eight indexes of an
     * {@code or} itself, H2 would scan the table instead, which at a million rows is seconds, not milliseconds;
     * and loading the candidates as entities cost a query for each one's attachments.
     */
    @Query(nativeQuery = true, value = """
            select id, minhash from reporting_submission where band0 = ?1 and submitted_at >= ?9
                and organisation_id <> ?10 and id <> ?11 and label in (?12)
            union select id, minhash from reporting_submission where band1 = ?2 and submitted_at >= ?9
                and organisation_id <> ?10 and id <> ?11 and label in (?12)
            union select id, minhash from reporting_submission where band2 = ?3 and submitted_at >= ?9
                and organisation_id <> ?10 and id <> ?11 and label in (?12)
            union select id, minhash from reporting_submission where band3 = ?4 and submitted_at >= ?9
                and organisation_id <> ?10 and id <> ?11 and label in (?12)
            union select id, minhash from reporting_submission where band4 = ?5 and submitted_at >= ?9
                and organisation_id <> ?10 and id <> ?11 and label in (?12)
            union select id, minhash from reporting_submission where band5 = ?6 and submitted_at >= ?9
                and organisation_id <> ?10 and id <> ?11 and label in (?12)
            union select id, minhash from reporting_submission where band6 = ?7 and submitted_at >= ?9
                and organisation_id <> ?10 and id <> ?11 and label in (?12)
            union select id, minhash from reporting_submission where band7 = ?8 and submitted_at >= ?9
                and organisation_id <> ?10 and id <> ?11 and label in (?12)
            """)
    List<Object[]> sharingABand(
            int band0,
            int band1,
            int band2,
            int band3,
            int band4,
            int band5,
            int band6,
            int band7,
            Instant since,
            long organisationId,
            long id,
            Collection<String> labels);

    /** A submission sharing a band with a signature: its id and its own signature, encoded. */
    record BandMatch(long id, String minhash) {}

    /** {@link #sharingABand(int, int, int, int, int, int, int, int, Instant, long, long, Collection)} for bands. */
    default List<BandMatch> sharingABand(
            int[] b, Instant since, long organisationId, long id, Collection<String> labels) {
        return sharingABand(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], since, organisationId, id, labels).stream()
                .map(row -> new BandMatch(((Number) row[0]).longValue(), (String) row[1]))
                .toList();
    }

    /** Per unit: how many submissions reached the office (were signed off) in [{@code from}, {@code to}). */
    @Query("""
            select s.organisationId, count(s) from Submission s
            where s.submittedAt >= ?1 and s.submittedAt < ?2
            group by s.organisationId
            """)
    List<Object[]> sentPerUnit(Instant from, Instant to);
}
