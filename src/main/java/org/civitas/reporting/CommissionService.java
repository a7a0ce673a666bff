package org.civitas.reporting;

import java.util.List;

/**
 * Commissions (约稿): the office asks all, some types of, or chosen reporting units for items on a topic
 * by a due date; units answer with submissions that name the commission ({@link SubmissionDraft#commissionId()}),
 * and an answer counts when the unit has signed it off. Issuing and closing need {@link ReportingPermissions#EDIT}
 * and publish {@link CommissionIssued} / {@link CommissionClosed}; an answer publishes {@link CommissionAnswered}.
 * The office sees every commission with the asked units in its scope; a unit only the commissions that ask it,
 * with its own line. Anything else is "not found".
 */
public interface CommissionService {

    CommissionView issue(CommissionDraft draft);

    /** Closes an open commission: later answers are refused, units that never answered have missed it. */
    CommissionView close(long id);

    CommissionView get(long id);

    /** The commissions the caller may see, newest first. */
    List<CommissionView> list();

    /** For a unit's writers and heads: open commissions asking their units that they have not answered, and overdue ones first. */
    List<UnitCommission> mine();
}
