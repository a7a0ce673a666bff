package org.civitas.workflow.web;

/**
 * What a reviewer types when deciding: the comment when approving, the reason when returning. The
 * field names match those the review service names in its refusals.
 */
class DecisionForm {

    private String comment;
    private String reason;

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
