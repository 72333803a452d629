package org.attest.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.internal.Validate;

/**
 * A tab-separated lexicon table read by column name: '#' lines and blank lines are comments, the
 * first other line is the header. A row with the wrong number of cells is a defect of the shipped
 * data, so it fails loudly with the file and line rather than being skipped.
 */
final class TsvTable {
    /** One data row: cells by column name, and its line number for messages. */
    record Row(Map<String, String> cells, int line) {
        String get(String column) {
            String v = cells.get(column);
            Validate.isTrue(v != null, "line %d: no column '%s'", line, column);
            return v;
        }
    }

    private TsvTable() {}

    /** Parses {@code content} (the whole file) named {@code name}, requiring the given columns. */
    static List<Row> parse(String name, String content, String... required) {
        List<Row> rows = new ArrayList<>();
        String[] header = null;
        String[] lines = content.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = cells;
                for (String col : required) {
                    Validate.isTrue(List.of(header).contains(col), "%s: header lacks column '%s'", name, col);
                }
                continue;
            }
            Validate.isTrue(cells.length == header.length, "%s line %d: %d cells, header has %d",
                    name, n + 1, cells.length, header.length);
            Map<String, String> map = new HashMap<>();
            for (int c = 0; c < cells.length; c++) {
                map.put(header[c], cells[c].strip());
            }
            rows.add(new Row(Map.copyOf(map), n + 1));
        }
        Validate.isTrue(header != null, "%s: no header line", name);
        return List.copyOf(rows);
    }
}
