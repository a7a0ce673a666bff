package org.civitas.platform;

/**
 * A value that names an object of another module for the audit trail (a review's subject), so that an
 * event holding it records that object's type and id without knowing which module it belongs to.
 */
public interface AuditedObject {

    /** The object's type in the audit trail's scheme: UpperCamelCase, e.g. {@code Article}. */
    String auditObjectType();

    String auditObjectId();

    /**
     * The audit type for a module-qualified code ({@code content.article} → {@code Article}): the last
     * segment, capitalised.
     */
    static String typeOf(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String last = code.substring(code.lastIndexOf('.') + 1);
        return Character.toUpperCase(last.charAt(0)) + last.substring(1);
    }
}
