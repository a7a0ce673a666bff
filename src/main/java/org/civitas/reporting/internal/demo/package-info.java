/** Demo data of the information desk: units, submissions, adoptions, commissions and instructions acted out by the demo's people at start-up (only when demo data is on). */
package org.civitas.reporting.internal.demo;
