package org.civitas.journal;

/** The placeholders of a journal's numbering rule. */
public final class EditionNumbers {

    public static final String YEAR = "{year}";
    public static final String NUMBER = "{number}";
    public static final String TOTAL = "{total}";

    private EditionNumbers() {}

    /** Fills the placeholders of {@code pattern}. */
    public static String format(String pattern, int year, int number, int total) {
        return pattern.replace(YEAR, Integer.toString(year))
                .replace(NUMBER, Integer.toString(number))
                .replace(TOTAL, Integer.toString(total));
    }
}
