package org.civitas.platform;

/** The requested object does not exist, or the caller may not know that it exists. */
public class NotFoundException extends DomainException {

    public NotFoundException(String objectType, Object id) {
        super("error.notFound", objectType, id);
    }
}
