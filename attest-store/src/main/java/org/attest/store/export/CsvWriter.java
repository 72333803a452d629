package org.attest.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: CRLF line ends; a field is quoted when it holds a comma, a double quote,
 * CR or LF, or starts or ends with a space, and a double quote inside it is doubled.
 * Does not close or flush the writer.
 */
final class CsvWriter {
    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes one record; a {@code null} field is written as an empty one. */
    void row(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String f = fields.get(i);
            if (f != null) {
                out.write(needsQuotes(f) ? '"' + f.replace("\"", "\"\"") + '"' : f);
            }
        }
        out.write("\r\n");
    }

    private static boolean needsQuotes(String f) {
        if (f.isEmpty()) {
            return false;
        }
        for (int i = 0; i < f.length(); i++) {
            char ch = f.charAt(i);
            if (ch == ',' || ch == '"' || ch == '\r' || ch == '\n') {
                return true;
            }
        }
        // spreadsheet tools trim unquoted edge spaces; quoting keeps them
        return f.charAt(0) == ' ' || f.charAt(f.length() - 1) == ' ';
    }
}
