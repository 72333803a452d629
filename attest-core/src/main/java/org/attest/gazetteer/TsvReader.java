package org.attest.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.AttestException;

/**
 * Reads a tab-separated table whose first line that is neither blank nor a {@code #} comment
 * names the columns. Cells are found by column name, never by position.
 */
final class TsvReader {
    private TsvReader() {}

    /** One data row: its line number (1-based) and its cells by column name. */
    record Row(String source, int line, Map<String, String> cells) {
        /** The trimmed cell of a column; empty when the row is shorter than the header. */
        String get(String column) {
            return cells.getOrDefault(column, "");
        }

        /** An input error naming the file and this row's line. */
        AttestException error(String reason) {
            return new AttestException(source + ":" + line + ": " + reason);
        }
    }

    /**
     * Reads all rows. Does not close the reader.
     *
     * @param reader the table, owned by the caller
     * @param source the file name used in error messages
     * @param required the columns the header must name
     * @throws AttestException when the header lacks a required column, a row has more cells than
     *     the header, or the reader fails; the message names the source and line
     */
    static List<Row> read(BufferedReader reader, String source, List<String> required) throws AttestException {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        int lineNumber = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = List.of(cells).stream().map(String::strip).toList();
                    for (String column : required) {
                        if (!header.contains(column)) {
                            throw new AttestException(source + ":" + lineNumber + ": header lacks column '" + column + "'");
                        }
                    }
                    continue;
                }
                if (cells.length > header.size()) {
                    throw new AttestException(source + ":" + lineNumber + ": " + cells.length
                            + " cells, the header names " + header.size() + " columns");
                }
                Map<String, String> byName = new HashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    byName.put(header.get(i), cells[i].strip());
                }
                rows.add(new Row(source, lineNumber, Map.copyOf(byName)));
            }
        } catch (IOException e) {
            throw new AttestException(source + ": cannot read: " + e.getMessage(), e);
        }
        if (header == null) {
            throw new AttestException(source + ": no header line");
        }
        return List.copyOf(rows);
    }

    /** Splits a comma-separated list cell into its trimmed, non-empty items. */
    static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        for (String item : cell.split(",")) {
            if (!item.isBlank()) {
                out.add(item.strip());
            }
        }
        return List.copyOf(out);
    }
}
