package org.civitas.reporting.trusted;

import java.util.List;
import java.util.Optional;
import org.civitas.reporting.DeskReaders;
import org.civitas.reporting.DeskText;

/**
 * Trusted port: no permission checks; reads submissions and adopted items as text for the search index,
 * so a caller must filter what it shows with {@link #readers()}, which states the same rule as the
 * desk's own lists.
 */
public interface DeskTexts {

    Optional<DeskText> submission(long id);

    Optional<DeskText> adoption(long id);

    List<Long> submissionIds();

    List<Long> adoptionIds();

    /** The console page of a submission, where a search hit on it opens. */
    default String submissionAddress(long id) {
        return "/admin/reporting/submissions/" + id;
    }

    /** What the current user may see on the desk, for search filters that must agree with the desk's lists. */
    DeskReaders readers();
}
