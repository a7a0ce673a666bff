package org.civitas.reporting.web.submission;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.civitas.reporting.Category;
import org.civitas.reporting.SubmissionDraft;
import org.civitas.reporting.SubmissionQuery;
import org.civitas.reporting.SubmissionService;
import org.civitas.reporting.SubmissionState;
import org.civitas.reporting.SubmissionSummary;
import org.civitas.reporting.SubmissionView;
import org.civitas.reporting.UnitType;
import org.civitas.reporting.Urgency;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The desk's API for reporting units' own systems: send a submission with a token
 * ({@code Authorization: Bearer cvt_…} of a unit user) and follow its state. What the caller sees
 * is what the service lets them see: their units' items up to their clearance.
 */
@RestController
@RequestMapping("/api/v1/submissions")
@Tag(name = "Submissions", description = "Information sent by reporting units (来稿) and its state")
class SubmissionApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final SubmissionService submissions;

    SubmissionApiController(SubmissionService submissions) {
        this.submissions = submissions;
    }

    @PostMapping
    @Operation(
            summary = "Send a submission",
            description = "Creates the submission and sends it for the unit head's sign-off (state SIGNING, or "
                    + "SUBMITTED when the unit's type needs no sign-off). The body is sanitized rich text; "
                    + "attachmentIds are blob ids from POST /api/v1/blobs. Needs reporting:submit.",
            responses = {
                @ApiResponse(responseCode = "201", description = "Sent; Location names the new submission"),
                @ApiResponse(
                        responseCode = "400",
                        description = "Malformed JSON or an unknown category or urgency",
                        content = @Content(schema = @Schema(implementation = ProblemDetail.class))),
                @ApiResponse(
                        responseCode = "422",
                        description = "Refused (e.g. no signer, unknown label, title too long); nothing was written",
                        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
            })
    ResponseEntity<SubmissionView> submit(@RequestBody NewSubmission request) {
        SubmissionView sent = submissions.submit(request.toDraft());
        var location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(sent.id())
                .toUri();
        return ResponseEntity.created(location).body(sent);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One submission with its state",
            description = "404 for a submission that does not exist or that the caller may not see.")
    SubmissionView get(@PathVariable long id) {
        return submissions.get(id);
    }

    @GetMapping
    @Operation(summary = "The submissions the caller may see, newest first")
    SubmissionPage list(
            @RequestParam(required = false) SubmissionState state,
            @RequestParam(required = false) Urgency urgency,
            @RequestParam(required = false) UnitType unitType,
            @RequestParam(required = false) Long organisationId,
            @Parameter(description = "first day, inclusive (yyyy-MM-dd)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "last day, inclusive (yyyy-MM-dd)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var filter = new SubmissionQuery(organisationId, unitType, urgency, state, null, from, to);
        Page<SubmissionSummary> result =
                submissions.search(filter, PageRequest.of(Math.max(0, page), Math.clamp(size, 1, MAX_PAGE_SIZE)));
        return new SubmissionPage(result.getContent(), result.getTotalElements(), result.getNumber(), result.getSize());
    }

    /** What a unit's system sends. */
    record NewSubmission(
            @Schema(description = "reporting unit (organisation id); optional when the caller reports for one unit")
            Long unitId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200)
            String title,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "HTML; sanitized")
            String body,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Category category,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Urgency urgency,

            @Schema(description = "security label code; the lowest when absent")
            String label,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "签发人", maxLength = 50)
            String signer,

            @Schema(maxLength = 200) String contact,
            List<Long> attachmentIds,

            @Schema(description = "the commission (约稿) this submission answers, if any; refused once it is closed")
            Long commissionId) {

        SubmissionDraft toDraft() {
            return new SubmissionDraft(
                    unitId, title, body, category, urgency, label, signer, contact, attachmentIds, commissionId);
        }
    }

    /** One page of submissions; {@code total} counts every submission the caller may see that matches. */
    record SubmissionPage(List<SubmissionSummary> items, long total, int page, int size) {}
}
