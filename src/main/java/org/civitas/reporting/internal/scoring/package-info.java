/** Scores (积分): the ledger of score facts, the configured rule table, quota settlement at month end, and rankings. */
package org.civitas.reporting.internal.scoring;
