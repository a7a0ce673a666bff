package org.civitas.reporting.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Submissions extends JpaRepository<Submission, Long>, JpaSpecificationExecutor<Submission> {

    /**
     * Sent submissions of other units since {@code since} sharing at least one MinHash band with a
     * signature: each band has its own index, so this reads a handful of rows even among millions.
     */
    @Query("""
            select s from Submission s
            where (s.band0 = ?1 or s.band1 = ?2 or s.band2 = ?3 or s.band3 = ?4
                or s.band4 = ?5 or s.band5 = ?6 or s.band6 = ?7 or s.band7 = ?8)
              and s.submittedAt >= ?9 and s.organisationId <> ?10 and s.id <> ?11
              and s.label in ?12
            """)
    List<Submission> sharingABand(
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
            List<String> labels);

    /** See {@link #sharingABand(int, int, int, int, int, int, int, int, Instant, long, long, List)}. */
    default List<Submission> sharingABand(int[] b, Instant since, long organisationId, long id, List<String> labels) {
        return sharingABand(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], since, organisationId, id, labels);
    }

    /** Per unit: how many submissions reached the office (were signed off) in [{@code from}, {@code to}). */
    @Query("""
            select s.organisationId, count(s) from Submission s
            where s.submittedAt >= ?1 and s.submittedAt < ?2
            group by s.organisationId
            """)
    List<Object[]> sentPerUnit(Instant from, Instant to);
}
