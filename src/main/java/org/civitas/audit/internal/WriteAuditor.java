package org.civitas.audit.internal;

import java.time.Clock;
import org.civitas.audit.AuditOutcome;
import org.civitas.platform.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every write. Listening synchronously inside the writer's transaction means the record
 * commits or rolls back with the change: exactly one record per committed write, none for a
 * rolled-back one, and a write cannot commit if its record cannot be written.
 */
@Component
class WriteAuditor {

    private final AuditAppender appender;
    private final Clock clock;

    WriteAuditor(AuditAppender appender, Clock clock) {
        this.appender = appender;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void record(AuditableEvent event) {
        appender.append(new AuditFacts(
                clock.instant(),
                CurrentActor.current(),
                CurrentActor.currentAddress(),
                event.action(),
                event.objectType(),
                event.objectId(),
                event.summary(),
                AuditOutcome.SUCCESS));
    }
}
