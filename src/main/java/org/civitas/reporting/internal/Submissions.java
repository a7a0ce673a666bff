package org.civitas.reporting.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Submissions extends JpaRepository<Submission, Long>, JpaSpecificationExecutor<Submission> {

    /** Every id, for a full search reindex without loading the rows. */
    @Query("select s.id from Submission s order by s.id")
    List<Long> allIds();

    /**
     * Ids of submissions sent since {@code since} that share at least one MinHash band with a
     * signature. One indexed lookup per band, united: PostgreSQL would combine the eight indexes of an
     * {@code or} itself, H2 would scan the table instead, which at a million rows is seconds, not
     * milliseconds.
     */
    @Query(nativeQuery = true, value = """
            select id from reporting_submission where band0 = ?1 and submitted_at >= ?9
            union select id from reporting_submission where band1 = ?2 and submitted_at >= ?9
            union select id from reporting_submission where band2 = ?3 and submitted_at >= ?9
            union select id from reporting_submission where band3 = ?4 and submitted_at >= ?9
            union select id from reporting_submission where band4 = ?5 and submitted_at >= ?9
            union select id from reporting_submission where band5 = ?6 and submitted_at >= ?9
            union select id from reporting_submission where band6 = ?7 and submitted_at >= ?9
            union select id from reporting_submission where band7 = ?8 and submitted_at >= ?9
            """)
    List<Long> sharingABand(
            int band0, int band1, int band2, int band3, int band4, int band5, int band6, int band7, Instant since);

    /** Of {@code ids}, those of other units than {@code organisationId}, other than {@code id}, with a readable label. */
    @Query("""
            select s from Submission s
            where s.id in ?1 and s.organisationId <> ?2 and s.id <> ?3 and s.label in ?4
            """)
    List<Submission> candidates(List<Long> ids, long organisationId, long id, List<String> labels);

    /**
     * Sent submissions of other units since {@code since} sharing at least one MinHash band with a
     * signature, readable with {@code labels}: a handful of rows even among millions.
     */
    default List<Submission> sharingABand(int[] b, Instant since, long organisationId, long id, List<String> labels) {
        List<Long> ids = sharingABand(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], since);
        return ids.isEmpty() ? List.of() : candidates(ids, organisationId, id, labels);
    }

    /** Per unit: how many submissions reached the office (were signed off) in [{@code from}, {@code to}). */
    @Query("""
            select s.organisationId, count(s) from Submission s
            where s.submittedAt >= ?1 and s.submittedAt < ?2
            group by s.organisationId
            """)
    List<Object[]> sentPerUnit(Instant from, Instant to);
}
