package org.civitas.reporting.internal.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The cells of a Word table as HTML lays them out: a cell merged across columns (gridSpan) spans them,
 * a cell merged down (vMerge restart) spans the rows that continue it, and the continuing cells are
 * left out. Without this a merged header came out as a shifted, ragged table. Leading rows marked to
 * repeat as the header on each page are the table's header rows.
 */
final class WordTableLayout {

    /** A cell to write, with its spans; {@code header} for the cells of the header rows. */
    record Cell(XWPFTableCell cell, int colspan, int rowspan, boolean header) {}

    private WordTableLayout() {}

    static List<List<Cell>> of(XWPFTable table) {
        List<XWPFTableRow> rows = table.getRows();
        List<Map<Integer, XWPFTableCell>> grid = new ArrayList<>();
        for (XWPFTableRow row : rows) {
            Map<Integer, XWPFTableCell> byColumn = new HashMap<>();
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                byColumn.put(column, cell);
                column += colspan(cell);
            }
            grid.add(byColumn);
        }
        List<List<Cell>> laidOut = new ArrayList<>();
        boolean header = true;
        for (int r = 0; r < rows.size(); r++) {
            header = header && rows.get(r).isRepeatHeader();
            List<Cell> cells = new ArrayList<>();
            for (var entry : new java.util.TreeMap<>(grid.get(r)).entrySet()) {
                XWPFTableCell cell = entry.getValue();
                if (continuesMerge(cell)) {
                    continue;
                }
                int rowspan = 1;
                if (startsMerge(cell)) {
                    while (r + rowspan < rows.size()
                            && continuesMerge(grid.get(r + rowspan).get(entry.getKey()))) {
                        rowspan++;
                    }
                }
                cells.add(new Cell(cell, colspan(cell), rowspan, header));
            }
            laidOut.add(cells);
        }
        return laidOut;
    }

    private static int colspan(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr == null || pr.getGridSpan() == null
                ? 1
                : Math.max(1, Math.min(64, pr.getGridSpan().getVal().intValue()));
    }

    private static boolean startsMerge(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr != null && pr.getVMerge() != null && pr.getVMerge().getVal() == STMerge.RESTART;
    }

    /** A vMerge without a value, or with "continue", carries on the cell above. */
    private static boolean continuesMerge(XWPFTableCell cell) {
        if (cell == null) {
            return false;
        }
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr != null
                && pr.getVMerge() != null
                && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
    }
}
