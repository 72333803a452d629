package org.attest.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.model.Quantity;

/**
 * A number alone in a table cell counts what its column's header names. A cleaned page writes a
 * table as paragraphs of one line per cell: a header row ("Month / Airstrikes / Civilians killed"),
 * then rows of as many lines ("January / 96 / 142"). A bare number in the second or a later cell
 * of a row takes its header's noun ("Civilians killed": civilians), and, when the header names
 * no counted noun ("Current", "Demanded"), the currency the table's caption gives in brackets
 * ("Pay demands (monthly, birr)"). A number with a unit of its own, or outside such a table, is
 * left as it is.
 */
final class TableColumns {
    /** Words of a header cell read for its noun ("People displaced"). */
    private static final int HEADER_WORDS = 3;
    /** Rows walked back to find the header. */
    private static final int ROW_REACH = 40;
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00a0]*\\n");
    private static final Pattern BRACKETS = Pattern.compile("\\(([^()]{1,60})\\)");

    private TableColumns() {}

    /** A paragraph as its lines and the offset each line starts at. */
    private record Block(List<String> lines, List<Integer> starts) {}

    /** The quantities, with bare numbers in a table's cells given their column's unit. */
    static List<Quantity> resolve(String text, List<Quantity> found, QuantityLexicon lex) {
        List<Block> blocks = null;
        List<Quantity> out = null;
        for (int i = 0; i < found.size(); i++) {
            Quantity q = found.get(i);
            if (q.unit() != null || !q.rule().endsWith("+unit:none")) {
                continue;
            }
            if (blocks == null) {
                blocks = blocks(text);
            }
            String unit = columnUnit(blocks, q, lex);
            if (unit != null) {
                if (out == null) {
                    out = new ArrayList<>(found);
                }
                out.set(i, new Quantity(q.text(), q.span(), q.value(), q.valueMax(), q.qualifier(), unit,
                        (unit + " " + q.what()).strip(), q.rule().replace("+unit:none", "+unit:table-column")));
            }
        }
        return out == null ? found : out;
    }

    private static String columnUnit(List<Block> blocks, Quantity q, QuantityLexicon lex) {
        for (int b = 0; b < blocks.size(); b++) {
            Block row = blocks.get(b);
            for (int c = 1; c < row.lines().size(); c++) {
                int start = row.starts().get(c);
                if (start <= q.span().start() && q.span().end() <= start + row.lines().get(c).length()) {
                    if (!row.lines().get(c).strip().equals(q.text())) {
                        return null; // the number shares its line with words: prose, not a cell
                    }
                    return headerUnit(blocks, b, c, lex);
                }
            }
        }
        return null;
    }

    /** The unit of column {@code c} from the header above row {@code b}, or null. */
    private static String headerUnit(List<Block> blocks, int b, int c, QuantityLexicon lex) {
        int cells = blocks.get(b).lines().size();
        for (int h = b - 1; h >= 0 && h >= b - ROW_REACH; h--) {
            Block header = blocks.get(h);
            if (header.lines().size() != cells) {
                return null;
            }
            if (header.lines().stream().noneMatch(l -> l.chars().anyMatch(Character::isDigit))) {
                String noun = noun(header.lines().get(c), lex);
                return noun != null ? noun : h > 0 ? captionCurrency(blocks.get(h - 1), lex) : null;
            }
        }
        return null;
    }

    /**
     * The plural noun a header cell opens with, in lower case, before a participle ("Civilians
     * killed": civilians), or null ("Current", "Vote share").
     */
    static String noun(String cell, QuantityLexicon lex) {
        List<String> words = new ArrayList<>();
        for (String w : cell.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (w.endsWith("ed") || !w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')) {
                break;
            }
            words.add(w);
        }
        if (words.isEmpty() || words.size() > HEADER_WORDS) {
            return null;
        }
        String last = words.get(words.size() - 1);
        boolean plural = last.endsWith("s") && !last.endsWith("ss") || lex.pluralsWithoutS.contains(last);
        return plural && !lex.nonCountNouns.contains(last) ? String.join(" ", words) : null;
    }

    /** The currency named in brackets in a one-line caption ("Pay (monthly, birr)"), or null. */
    private static String captionCurrency(Block caption, QuantityLexicon lex) {
        if (caption.lines().size() != 1) {
            return null;
        }
        Matcher m = BRACKETS.matcher(caption.lines().get(0));
        while (m.find()) {
            for (String w : m.group(1).split("[\\s,;]+")) {
                QuantityLexicon.Currency currency = lex.currencies.get(w.toLowerCase(Locale.ROOT));
                if (currency != null && currency.suffix() && !currency.capitals()) {
                    return currency.unit();
                }
            }
        }
        return null;
    }

    private static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        Matcher m = BLANK_LINE.matcher(text);
        int at = 0;
        while (at <= text.length()) {
            int end = m.find(at) ? m.start() : text.length();
            List<String> lines = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            int s = at;
            for (String line : text.substring(at, end).split("\n", -1)) {
                lines.add(line);
                starts.add(s);
                s += line.length() + 1;
            }
            out.add(new Block(lines, starts));
            if (end == text.length()) {
                break;
            }
            at = m.end();
        }
        return out;
    }
}
