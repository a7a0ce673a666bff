package org.civitas.reporting.web.submission;

/** What the unit head types on the submission's page: a comment when signing off, a reason when returning. */
public class SignOffForm {

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
