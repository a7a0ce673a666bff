package org.civitas.platform;

/**
 * A permission a module checks, declared as a bean so that roles can be composed from the whole
 * catalogue. Its readable name is the message {@code permission.<code>}.
 *
 * @param code {@code resource:action}
 * @param duty the administrative duty it belongs to, or {@code null} for ordinary work
 */
public record PermissionDefinition(String code, AdministrativeDuty duty) {

    public static PermissionDefinition of(String code) {
        return new PermissionDefinition(code, null);
    }

    public static PermissionDefinition of(String code, AdministrativeDuty duty) {
        return new PermissionDefinition(code, duty);
    }
}
