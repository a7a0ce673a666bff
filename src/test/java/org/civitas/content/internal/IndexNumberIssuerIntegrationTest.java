package org.civitas.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
@CivitasIntegrationTest
class IndexNumberIssuerIntegrationTest {

    @Autowired
    IndexNumberIssuer numbers;

    @Test
    void concurrentAllocationsNeverGiveTheSameNumber() throws Exception {
        long site = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
        int threads = 8;
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Callable<List<Long>>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            work.add(() -> {
                List<Long> got = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    got.add(numbers.allocate(site, "XXGK", 2026));
                }
                return got;
            });
        }
        List<Long> all = new ArrayList<>();
        try {
            for (Future<List<Long>> f : pool.invokeAll(work)) {
                all.addAll(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(all)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        LongStream.rangeClosed(1, (long) threads * each).boxed().toList());
        assertThat(numbers.allocate(site, "XXGK", 2027))
                .as("a new year starts again")
                .isEqualTo(1);
    }

    @Test
    void formatsTheRule() {
        var rule = new IndexNumberIssuer.Rule("11513200MB1234567X", "{authority}/{year}-{seq:5}");
        assertThat(IndexNumberIssuer.format(rule, "", 2026, 12)).isEqualTo("11513200MB1234567X/2026-00012");
        var withCategory = new IndexNumberIssuer.Rule("11513200MB1234567X", "{authority}-{category}/{year}-{seq:4}");
        assertThat(IndexNumberIssuer.format(withCategory, "GZBG", 2026, 7))
                .isEqualTo("11513200MB1234567X-GZBG/2026-0007");
    }
}
