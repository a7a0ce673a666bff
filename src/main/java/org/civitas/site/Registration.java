package org.civitas.site;

/**
 * The filings a government website displays, all optional.
 *
 * @param partyLabel 党政机关网站标识 (label text or code)
 * @param icpNumber ICP filing number, e.g. {@code 川ICP备05003303号}
 * @param policeNumber public-security filing number, e.g. {@code 川公网安备 51320002000001号}
 */
public record Registration(String partyLabel, String icpNumber, String policeNumber) {

    public static Registration none() {
        return new Registration(null, null, null);
    }
}
