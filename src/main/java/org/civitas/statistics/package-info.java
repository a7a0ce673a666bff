/**
 * Statistics of the information desk: figures per reporting unit and unit type for a month, quarter or
 * year, rankings, charts, spreadsheet export and the periodic bulletin (通报). Figures come from
 * {@link org.civitas.statistics.UnitFigureSource}s that other modules contribute; this package is the API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "identity :: trusted", "platform"})
package org.civitas.statistics;
