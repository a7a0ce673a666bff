package org.civitas.platform;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** The {@link Audited} declaration of one event type, read once per type. */
record AuditMetadata(Class<?> type, String action, String objectType, Method idAccessor) {

    private static final ClassValue<AuditMetadata> CACHE = new ClassValue<>() {
        @Override
        protected AuditMetadata computeValue(Class<?> type) {
            return read(type);
        }
    };

    static AuditMetadata of(Class<?> type) {
        return CACHE.get(type);
    }

    private static AuditMetadata read(Class<?> type) {
        Audited audited = type.getAnnotation(Audited.class);
        if (audited == null) {
            return new AuditMetadata(type, "", "", null);
        }
        Method accessor = null;
        if (!audited.id().isEmpty()) {
            RecordComponent[] components = type.getRecordComponents();
            accessor = Arrays.stream(components == null ? new RecordComponent[0] : components)
                    .filter(c -> c.getName().equals(audited.id()))
                    .map(RecordComponent::getAccessor)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            type.getName() + ": @Audited names id component '" + audited.id() + "', which it lacks"));
            accessor.setAccessible(true);
        }
        return new AuditMetadata(type, audited.action(), audited.object(), accessor);
    }

    String action(AuditableEvent event) {
        return require(action, "action");
    }

    String objectType(AuditableEvent event) {
        if (!objectType.isEmpty()) {
            return objectType;
        }
        if (idValue(event) instanceof AuditedObject object) {
            return object.auditObjectType();
        }
        return require(objectType, "object");
    }

    String objectId(AuditableEvent event) {
        Object value = idValue(event);
        if (value instanceof AuditedObject object) {
            return object.auditObjectId();
        }
        return value == null ? null : String.valueOf(value);
    }

    private Object idValue(AuditableEvent event) {
        if (idAccessor == null) {
            return null;
        }
        try {
            return idAccessor.invoke(event);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private String require(String value, String attribute) {
        if (value.isEmpty()) {
            throw new IllegalStateException(
                    type.getName() + ": declare @Audited(" + attribute + " = …) or override the method");
        }
        return value;
    }
}
