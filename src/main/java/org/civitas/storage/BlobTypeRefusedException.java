package org.civitas.storage;

import java.util.List;
import org.civitas.platform.DomainException;

/**
 * An upload's type is not on the allow-list, or its content is not what its name says (a program named as a
 * picture, random bytes named as a PNG); nothing of it was kept. The API answers 415 and lists the allowed
 * types.
 */
public class BlobTypeRefusedException extends DomainException {

    private final List<String> allowed;

    private BlobTypeRefusedException(String key, String extension, List<String> allowed) {
        super(key, extension.isEmpty() ? "—" : extension, String.join(", ", allowed));
        this.allowed = List.copyOf(allowed);
    }

    /** The extension is not one the administrator allows. */
    public static BlobTypeRefusedException notAllowed(String extension, List<String> allowed) {
        return new BlobTypeRefusedException(
                extension.isEmpty() ? "storage.error.typeMissing" : "storage.error.typeNotAllowed", extension, allowed);
    }

    /** The content is not of the type the name gives. */
    public static BlobTypeRefusedException mismatch(String extension, List<String> allowed) {
        return new BlobTypeRefusedException("storage.error.contentMismatch", extension, allowed);
    }

    /** The extensions allowed when the upload was refused. */
    public List<String> allowed() {
        return allowed;
    }
}
