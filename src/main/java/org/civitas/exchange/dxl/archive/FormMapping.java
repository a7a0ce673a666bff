package org.civitas.exchange.dxl.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civitas.platform.DomainException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the documents of each form go and which items fill which fields (docs/dxl-import.md describes the file).
 * Form names match without regard to case; {@code "信息|Report"} names several forms at once. Forms not named go to
 * {@code otherForms} (the archive unless the file says otherwise).
 */
public record FormMapping(Map<String, FormTarget> forms, String otherForms) {

    public static final Set<String> TARGETS = Set.of("archive", "submission", "instruction", "article", "edition");

    /** @param fields target field → the item that fills it */
    public record FormTarget(String target, Map<String, String> fields) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The mapping for an information office's database as such databases are usually designed. */
    public static FormMapping standard() {
        try (InputStream in = FormMapping.class.getResourceAsStream("/exchange/dxl-default-mapping.json")) {
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), "default");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws DomainException when the file cannot be read or is not a mapping */
    public static FormMapping read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new DomainException("dxl.mapping.unreadable", file, e.getMessage());
        }
    }

    static FormMapping parse(String text, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new DomainException("dxl.mapping.invalid", source, e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("forms").isObject()) {
            throw new DomainException("dxl.mapping.invalid", source, "\"forms\" must be an object");
        }
        Map<String, FormTarget> forms = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> form : root.get("forms").properties()) {
            String target = form.getValue().path("target").asString("archive");
            if (!TARGETS.contains(target)) {
                throw new DomainException("dxl.mapping.target", source, form.getKey(), target, targetList());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field :
                    form.getValue().path("fields").properties()) {
                fields.put(field.getKey(), field.getValue().asString());
            }
            for (String name : form.getKey().split("\\|")) {
                forms.put(name.strip().toLowerCase(Locale.ROOT), new FormTarget(target, fields));
            }
        }
        String other = root.path("otherForms").asString("archive");
        if (!TARGETS.contains(other)) {
            throw new DomainException("dxl.mapping.target", source, "otherForms", other, targetList());
        }
        return new FormMapping(Map.copyOf(forms), other);
    }

    private static String targetList() {
        return String.join(", ", TARGETS.stream().sorted().toList());
    }

    public FormTarget target(String form) {
        FormTarget target = form == null ? null : forms.get(form.strip().toLowerCase(Locale.ROOT));
        return target != null ? target : new FormTarget(otherForms, Map.of());
    }
}
