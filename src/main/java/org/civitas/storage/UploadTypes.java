package org.civitas.storage;

import java.util.List;

/**
 * The allow-list of upload types: file extensions whose content {@link BlobStore#store} accepts (checked by
 * content, not name). The system administrator changes it in the console; each change is audited.
 */
public interface UploadTypes {

    /** The allowed extensions, lower case, without dots, sorted. */
    List<String> allowed();

    /** The extensions an installation starts with: office documents, PDF and OFD, pictures, archives, audio and video. */
    List<String> defaults();

    /**
     * Replaces the list (needs {@code settings:write}); publishes {@link UploadTypesChanged}.
     *
     * @param extensions extensions with or without their dot, separated as given; blanks and duplicates dropped
     * @throws org.civitas.platform.DomainException when an entry is not an extension or the list is empty
     */
    List<String> change(List<String> extensions);
}
