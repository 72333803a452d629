package org.attest.store.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A strict RFC 4180 reader for the tests: independent of the writer it checks. */
final class RfcCsv {
    private RfcCsv() {}

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    /** The first data row that matches, as a map from header to value. */
    static Map<String, String> row(List<List<String>> csv, Predicate<List<String>> which) {
        for (List<String> r : csv.subList(1, csv.size())) {
            if (which.test(r)) {
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < r.size(); i++) {
                    m.put(csv.get(0).get(i), r.get(i));
                }
                return m;
            }
        }
        throw new AssertionError("no such row");
    }
}
