package org.civitas.workflow.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts a user's open review tasks by the kind of item in one grouped query. Flowable's task query
 * counts one filter at a time (a query per kind for the inbox filter), so this reads its runtime tables
 * directly, with the same condition as {@code taskCandidateOrAssigned} with the user's workflow groups:
 * assigned to the user, or unclaimed with the user or one of the groups as candidate.
 */
@Component
class InboxCounter {

    private final JdbcClient jdbc;

    InboxCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open tasks of the review process by subject type; kinds without any are absent. */
    Map<String, Long> count(String username, Collection<String> groups) {
        String groupCondition = groups.isEmpty() ? "" : " or L.GROUP_ID_ in (:groups)";
        var query = jdbc.sql("""
                        select V.TEXT_ as SUBJECT_TYPE, count(*) as TASKS
                        from ACT_RU_TASK T
                        join ACT_RE_PROCDEF D on D.ID_ = T.PROC_DEF_ID_
                        join ACT_RU_VARIABLE V on V.PROC_INST_ID_ = T.PROC_INST_ID_
                            and V.EXECUTION_ID_ = T.PROC_INST_ID_ and V.TASK_ID_ is null and V.NAME_ = :variable
                        where D.KEY_ = :process
                          and (T.ASSIGNEE_ = :user or (T.ASSIGNEE_ is null and exists (
                              select L.ID_ from ACT_RU_IDENTITYLINK L
                              where L.TASK_ID_ = T.ID_ and L.TYPE_ = 'candidate'
                                and (L.USER_ID_ = :user""" + groupCondition + "))))\n group by V.TEXT_")
                .param("variable", ReviewRun.subjectTypeVariable())
                .param("process", ReviewRun.PROCESS_KEY)
                .param("user", username);
        if (!groups.isEmpty()) {
            query = query.param("groups", groups);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        query.query((rs, row) -> Map.entry(rs.getString("SUBJECT_TYPE"), rs.getLong("TASKS")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}
