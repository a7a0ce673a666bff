package org.civitas.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An event's audit metadata comes from its {@link Audited} declaration, read once per type. */
class AuditedTest {

    @Audited(action = "thing:make", object = "Thing", id = "thingId")
    record ThingMade(long thingId, String name) implements AuditableEvent {
        public String summary() {
            return name;
        }
    }

    @Audited(action = "thing:forget", object = "Thing", id = "")
    record ThingsForgotten(int count) implements AuditableEvent {
        public String summary() {
            return String.valueOf(count);
        }
    }

    record Subject(String type, String id) implements AuditedObject {
        public String auditObjectType() {
            return AuditedObject.typeOf(type);
        }

        public String auditObjectId() {
            return id;
        }
    }

    @Audited(action = "thing:review", id = "subject")
    record ThingReviewed(Subject subject) implements AuditableEvent {
        public String summary() {
            return "";
        }
    }

    record Undeclared(long id) implements AuditableEvent {
        public String summary() {
            return "";
        }
    }

    @Audited(action = "thing:break", object = "Thing", id = "missing")
    record WrongId(long id) implements AuditableEvent {
        public String summary() {
            return "";
        }
    }

    @Test
    void theDeclarationSuppliesActionObjectTypeAndId() {
        var event = new ThingMade(42, "x");
        assertThat(event.action()).isEqualTo("thing:make");
        assertThat(event.objectType()).isEqualTo("Thing");
        assertThat(event.objectId()).isEqualTo("42");
        assertThat(new ThingsForgotten(3).objectId()).isNull();
    }

    @Test
    void aSubjectOfAnotherModuleNamesItsOwnTypeInTheOneScheme() {
        var event = new ThingReviewed(new Subject("journal.edition", "7"));
        assertThat(event.objectType()).isEqualTo("Edition");
        assertThat(event.objectId()).isEqualTo("7");
    }

    @Test
    void aMissingDeclarationIsNamed() {
        assertThatThrownBy(() -> new Undeclared(1).action()).hasMessageContaining("Undeclared");
        assertThatThrownBy(() -> new WrongId(1).objectId()).hasMessageContaining("missing");
    }
}
