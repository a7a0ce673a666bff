package org.civitas.site.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The administrative-division codes (GB/T 2260) that a national site code (网站标识码) must start with,
 * read from {@code site/gb2260.tsv}: every province and prefecture, and the counties of the prefectures
 * whose counties the file lists (those of 四川省). A county code under a prefecture whose counties the
 * file does not list is accepted when its prefecture exists, since the file cannot tell it wrong.
 */
final class DivisionCodes {

    private static final String RESOURCE = "/site/gb2260.tsv";

    private static final DivisionCodes STANDARD = load();

    /** Why a six-digit code is not a division, with the nearest division above it that exists. */
    record Refusal(String messageKey, String parentCode, String parentName) {}

    private final Map<String, String> names;
    private final Set<String> prefecturesWithCounties;

    DivisionCodes(Map<String, String> names) {
        this.names = Map.copyOf(names);
        Set<String> covered = new HashSet<>();
        names.keySet().stream().filter(DivisionCodes::isCounty).forEach(c -> covered.add(prefectureOf(c)));
        this.prefecturesWithCounties = Set.copyOf(covered);
    }

    static DivisionCodes standard() {
        return STANDARD;
    }

    Optional<String> name(String code) {
        return Optional.ofNullable(names.get(code));
    }

    /** Empty when {@code code} (six digits) is a division code, else the reason it is not. */
    Optional<Refusal> check(String code) {
        String province = code.substring(0, 2) + "0000";
        if (!names.containsKey(province)) {
            return Optional.of(new Refusal("site.code.division", null, null));
        }
        if (code.equals(province)) {
            return Optional.empty();
        }
        String prefecture = prefectureOf(code);
        if (prefecture.equals(province) || !names.containsKey(prefecture)) {
            // xx00yy is no code, and a prefecture the province does not have makes its counties unknown too
            return Optional.of(new Refusal("site.code.prefecture", province, names.get(province)));
        }
        if (code.equals(prefecture) || names.containsKey(code) || !prefecturesWithCounties.contains(prefecture)) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("site.code.county", prefecture, names.get(prefecture)));
    }

    private static boolean isCounty(String code) {
        return !code.endsWith("00");
    }

    private static String prefectureOf(String code) {
        return code.substring(0, 4) + "00";
    }

    private static DivisionCodes load() {
        try (InputStream in = DivisionCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            Map<String, String> names = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                if (parts.length != 2 || !parts[0].matches("\\d{6}")) {
                    throw new IllegalStateException(RESOURCE + ": bad line " + line);
                }
                names.put(parts[0], parts[1].strip());
            }
            return new DivisionCodes(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
