package org.civitas.statistics.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the statistics ({@code civitas.statistics.*}).
 *
 * @param rankBy the figure units are ranked by, most first (e.g. {@code score} once scoring contributes one)
 * @param trendFigures the figures the month-by-month chart draws
 * @param topUnits how many units the bar chart shows
 * @param bulletinIssuer who issues the bulletin; the viewer's organisation when empty
 */
@ConfigurationProperties("civitas.statistics")
record StatisticsSettings(
        @DefaultValue("adopted") String rankBy,
        @DefaultValue({"submitted", "adopted"}) List<String> trendFigures,
        @DefaultValue("15") int topUnits,
        String bulletinIssuer) {}
