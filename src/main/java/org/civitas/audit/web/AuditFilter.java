package org.civitas.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.civitas.audit.AuditOutcome;
import org.civitas.audit.AuditQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The console's filter form (query parameters of the list and of the CSV export). */
public class AuditFilter {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime to;

    private String actor;
    private String action;
    private String objectType;
    private String objectId;
    private AuditOutcome outcome;
    private String address;

    /** Rejects a range that ends before it starts. */
    void validate(Errors errors) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("to", "audit.filter.rangeInvalid");
        }
    }

    /** The query in the server's time zone (the console shows and takes times in that zone). */
    AuditQuery toQuery(ZoneId zone) {
        return new AuditQuery(
                from == null ? null : from.atZone(zone).toInstant(),
                to == null ? null : to.atZone(zone).toInstant(),
                actor,
                action,
                objectType,
                objectId,
                outcome,
                address);
    }

    /** The filter as an encoded query string ending in {@code &} (empty without criteria), for links. */
    String queryString() {
        var query = new StringBuilder();
        param(query, "from", from);
        param(query, "to", to);
        param(query, "actor", actor);
        param(query, "action", action);
        param(query, "objectType", objectType);
        param(query, "objectId", objectId);
        param(query, "outcome", outcome);
        param(query, "address", address);
        return query.toString();
    }

    private static void param(StringBuilder query, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            query.append(name)
                    .append('=')
                    .append(URLEncoder.encode(value.toString().strip(), StandardCharsets.UTF_8))
                    .append('&');
        }
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AuditOutcome outcome) {
        this.outcome = outcome;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
