package org.civitas.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The audit metadata of an {@link AuditableEvent} record, declared once on its type instead of three
 * methods in every event: {@code @Audited(action = "user:create", object = "User")}. The event still
 * writes its {@link AuditableEvent#summary()}, the one part that says what changed; it overrides
 * {@code action()} or {@code objectId()} only where they depend on its values.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Audited {

    /** What was done, as {@code resource:action}; empty when the event overrides {@code action()}. */
    String action() default "";

    /**
     * The kind of object acted on: the aggregate's name in UpperCamelCase ({@code User}, {@code Edition}),
     * the one naming scheme of the audit trail. Empty when the {@link #id()} component is an
     * {@link AuditedObject} that names its own type.
     */
    String object() default "";

    /**
     * The record component that identifies the object (its value as text, or an {@link AuditedObject}'s id);
     * empty when the event has no object id or overrides {@code objectId()}.
     */
    String id() default "id";
}
