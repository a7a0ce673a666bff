package org.civitas.statistics;

import java.util.List;
import java.util.Set;

/**
 * Contributes figures per reporting unit to the statistics (报送数, 采用数, 批示数, 积分…). Implement it
 * as a Spring bean in the module that owns the data (usually in its {@code internal} package, depending
 * on this API only); order the columns with {@link org.springframework.core.annotation.Order}.
 *
 * <p>Security: {@link #values} runs as the viewer and must count only what the viewer may see in the
 * owning module — the same scope and clearance filter as that module's lists — so that a figure never
 * reveals an item the viewer could not read.
 */
public interface UnitFigureSource {

    /** The figures this source provides, in the order the table shows them. */
    List<Figure> figures();

    /**
     * The figures of the given organisations in a period, as the current user may see them. Only
     * {@link Figure.Kind#RATE}s are computed by the statistics module and need no values; a unit without
     * a value counts as 0.
     */
    UnitFigures values(Period period, Set<Long> organisationIds);

    /**
     * When the current user may read nothing this source counts (they hold no role of the owning module), a
     * message key saying so and who has the figures; the page then explains its zeros instead of showing them
     * bare. Empty when the user's figures mean something.
     */
    default java.util.Optional<String> whyNothingCounts() {
        return java.util.Optional.empty();
    }
}
