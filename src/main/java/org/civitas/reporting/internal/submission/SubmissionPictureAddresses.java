package org.civitas.reporting.internal.submission;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.journal.PictureAddresses;
import org.civitas.reporting.SubmissionFileAccess;
import org.springframework.stereotype.Component;

/**
 * Tells the journal module which pictures of an adopted item's body are submissions' pictures (at
 * {@link SubmissionFileAccess#PATH}), so that an edition's readers see them without any access to the submissions.
 */
@Component
class SubmissionPictureAddresses implements PictureAddresses {

    private static final Pattern PICTURE =
            Pattern.compile("^" + Pattern.quote(SubmissionFileAccess.PATH) + "(\\d{1,18})$");

    private final SubmissionFileAccess files;

    SubmissionPictureAddresses(SubmissionFileAccess files) {
        this.files = files;
    }

    @Override
    public OptionalLong blobId(String src) {
        Matcher m = PICTURE.matcher(src.strip());
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    @Override
    public boolean usable(long blobId) {
        return files.readable(blobId).isPresent();
    }
}
