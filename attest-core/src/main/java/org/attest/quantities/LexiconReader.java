package org.attest.quantities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the lexicon resources of this package: UTF-8 text, one entry a line, columns split by
 * tabs, {@code #} comments and blank lines ignored. A missing resource or a row with the wrong
 * number of columns is a packaging defect, so it fails loudly with the resource and line.
 */
final class LexiconReader {
    private static final String BASE = "/org/attest/quantities/";

    private LexiconReader() {}

    /** The rows of {@code name}, each with exactly {@code columns} trimmed cells. */
    static List<String[]> rows(String name, int columns) {
        List<String[]> rows = new ArrayList<>();
        int lineNo = 0;
        try (InputStream in = LexiconReader.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource missing: " + BASE + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cells = trimmed.split("\t");
                if (cells.length != columns) {
                    throw new IllegalStateException(String.format(Locale.ROOT,
                            "%s:%d: expected %d tab-separated columns, found %d", name, lineNo, columns,
                            cells.length));
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + name, e);
        }
        return rows;
    }

    /** The single-column entries of {@code name}, lower-cased, with inner white space collapsed. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String[] row : rows(name, 1)) {
            out.add(phrase(row[0]));
        }
        return out;
    }

    /** Lower case with single spaces: the key form of every phrase in the lexicon. */
    static String phrase(String raw) {
        return raw.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Parses a number cell, naming the resource on failure. */
    static double number(String name, String cell) {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + ": not a number: " + cell, e);
        }
    }
}
