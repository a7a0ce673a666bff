package org.civitas.reporting.web.submission;

import static org.civitas.reporting.ReportingPermissions.EDIT;
import static org.civitas.reporting.ReportingPermissions.SUBMIT;

import java.util.List;
import org.civitas.identity.AccessControl;
import org.civitas.identity.trusted.UserDirectory;
import org.civitas.platform.TextDiff;
import org.civitas.reporting.DeskService;
import org.civitas.reporting.NearDuplicate;
import org.civitas.reporting.SubmissionFileAccess;
import org.civitas.reporting.SubmissionSignOff;
import org.civitas.reporting.SubmissionState;
import org.civitas.reporting.SubmissionView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a submission's page shows, by who looks: the unit its own item, the editor also the diff, duplicates and actions. */
@Component
class SubmissionPage {

    private final DeskService desk;
    private final AccessControl access;
    private final SubmissionFileAccess files;
    private final UserDirectory users;
    private final SubmissionSignOff signOff;

    SubmissionPage(
            DeskService desk,
            AccessControl access,
            SubmissionFileAccess files,
            UserDirectory users,
            SubmissionSignOff signOff) {
        this.desk = desk;
        this.access = access;
        this.files = files;
        this.users = users;
        this.signOff = signOff;
    }

    /** The name people know a user by; the username when the account is gone. */
    private String nameOf(String username) {
        if (username == null) {
            return null;
        }
        return users.findByUsername(username)
                .map(UserDirectory.UserSummary::displayName)
                .filter(name -> !name.isBlank())
                .orElse(username);
    }

    void fill(SubmissionView s, Model model) {
        var user = access.requireUser();
        boolean editor =
                user.has(EDIT) && s.state().sent() && access.scope(EDIT).contains(s.organisationId());
        boolean writer = user.has(SUBMIT) && access.scope(SUBMIT).contains(s.organisationId());
        model.addAttribute("s", s);
        model.addAttribute("authorName", nameOf(s.author()));
        model.addAttribute("editorName", nameOf(s.editedBy()));
        model.addAttribute("attachmentFiles", FileItem.of(files.describe(s.attachmentIds())));
        model.addAttribute("editor", editor);
        model.addAttribute("open", editor && s.state().open());
        model.addAttribute("canPreAdopt", editor && s.state() == SubmissionState.SUBMITTED);
        model.addAttribute("draft", writer && s.state() == SubmissionState.DRAFT);
        // the unit head decides the sign-off here as well as from the task inbox
        model.addAttribute("canSignOff", signOff.openTask(s.id()).isPresent());
        if (!model.containsAttribute("signOff")) {
            model.addAttribute("signOff", new SignOffForm());
        }
        model.addAttribute(
                "diff",
                s.edited() ? TextDiff.compareRichText(s.body(), s.editedBody()).collapsed(3) : null);
        model.addAttribute("adoption", s.adoptionId() == null ? null : desk.adoption(s.adoptionId()));
        List<NearDuplicate> duplicates = editor ? desk.nearDuplicates(s.id()) : List.of();
        model.addAttribute("duplicates", duplicates);
        model.addAttribute(
                "mergeable",
                duplicates.stream().anyMatch(d -> d.submission().state().open()));
    }
}
