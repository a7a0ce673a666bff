package org.civitas.exchange.dxl;

/** An export that is not well-formed XML or not DXL as the DTD describes it, with where the reader found it. */
public final class DxlProblem extends RuntimeException {

    private final int line;
    private final int column;

    public DxlProblem(int line, int column, String reason) {
        super(reason, null, false, false);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return getMessage();
    }
}
