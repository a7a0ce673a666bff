package org.civitas.workflow.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civitas.workflow.ReviewChain;
import org.civitas.workflow.ReviewChainStep;

/** A review chain definition with its ordered steps (validated by {@link ChainValidator} before it gets here). */
@Entity
@Table(name = "review_chain")
class Chain {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_chain_step", joinColumns = @JoinColumn(name = "chain_id"))
    @OrderColumn(name = "step_index")
    private List<ChainStep> steps = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Chain() {}

    Chain(String code, String name, List<ReviewChainStep> steps, Instant now) {
        this.code = code;
        this.createdAt = now;
        redefine(name, steps, now);
    }

    void redefine(String name, List<ReviewChainStep> steps, Instant now) {
        this.name = name;
        this.steps.clear();
        steps.forEach(step -> this.steps.add(new ChainStep(step)));
        this.updatedAt = now;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }

    int stepCount() {
        return steps.size();
    }

    ReviewChain view() {
        return new ReviewChain(
                id, code, name, steps.stream().map(ChainStep::view).toList(), version, updatedAt);
    }
}
