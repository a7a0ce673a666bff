package org.civitas.journal.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * An HTML table's cells placed on its grid, the way Word needs them: every row has a slot for each
 * column, a cell merged across columns fills one slot with its span, and a cell merged down leaves a
 * "continued" slot in each row below it (Word marks those cells rather than leaving them out, as HTML
 * does). Rows shorter than the widest are filled with empty slots.
 */
record TableGrid(List<List<Slot>> rows) {

    /** One slot: a cell of the HTML table (or none, to fill a short row), or the continuation of one above. */
    record Slot(Element cell, int colspan, int rowspan, boolean continued) {}

    /** Bounds that keep a malformed table from asking for millions of cells. */
    private static final int MAX_SPAN = 64;

    List<Slot> row(int index) {
        return rows.get(index);
    }

    static TableGrid of(List<Element> htmlRows) {
        int height = htmlRows.size();
        List<List<Slot>> placed = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            placed.add(new ArrayList<>());
        }
        // occupied[r] lists, by column, the slot origin covering it (null while free)
        List<List<Slot>> occupied = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            occupied.add(new ArrayList<>());
        }
        int width = 0;
        for (int r = 0; r < height; r++) {
            int column = 0;
            for (Element cell : htmlRows.get(r).select("> td, > th")) {
                while (column < occupied.get(r).size() && occupied.get(r).get(column) != null) {
                    column++;
                }
                int colspan = span(cell.attr("colspan"));
                int rowspan = Math.min(span(cell.attr("rowspan")), height - r);
                Slot origin = new Slot(cell, colspan, rowspan, false);
                for (int dr = 0; dr < rowspan; dr++) {
                    List<Slot> line = occupied.get(r + dr);
                    Slot here = dr == 0 ? origin : new Slot(cell, colspan, rowspan, true);
                    for (int dc = 0; dc < colspan; dc++) {
                        while (line.size() <= column + dc) {
                            line.add(null);
                        }
                        line.set(column + dc, dc == 0 ? here : Skip.INSTANCE.slot);
                    }
                }
                column += colspan;
            }
            width = Math.max(width, occupied.get(r).size());
        }
        for (int r = 0; r < height; r++) {
            List<Slot> line = occupied.get(r);
            for (int c = 0; c < width; c++) {
                Slot slot = c < line.size() ? line.get(c) : null;
                if (slot == Skip.INSTANCE.slot) {
                    continue;
                }
                placed.get(r).add(slot == null ? new Slot(null, 1, 1, false) : slot);
            }
        }
        return new TableGrid(placed);
    }

    private static int span(String value) {
        try {
            return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Marks a column covered by the span of a slot to its left. */
    private enum Skip {
        INSTANCE;
        final Slot slot = new Slot(null, 0, 0, true);
    }
}
