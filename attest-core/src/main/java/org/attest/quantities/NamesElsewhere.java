package org.attest.quantities;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Quantity;

/**
 * Digits after a capitalised word that the same report writes elsewhere as no count are that
 * name's digits here too: "Raid on Ashraf 3" in a title-case headline, where every word is
 * capitalised and {@link NumberedNames} cannot tell a name from a verb ("Police Detain 30"), is the
 * camp that the body names "at Ashraf 3, the home of ..."; "Ward 209" in a heading is the ward of
 * "held in Ward 209 of the prison". Only a bare figure with no noun of its own is weighed: one with
 * a noun is a count whatever the words before it.
 */
final class NamesElsewhere {
    private NamesElsewhere() {}

    /** The quantities less the bare figures whose "Word N" the text writes elsewhere without a quantity there. */
    static List<Quantity> drop(String text, List<Quantity> found) {
        List<Quantity> kept = null;
        for (int i = 0; i < found.size(); i++) {
            Quantity q = found.get(i);
            String pair = pair(text, q);
            if (pair != null && elsewhereNoCount(text, pair, q.span().start(), found)) {
                if (kept == null) {
                    kept = new ArrayList<>(found.subList(0, i));
                }
            } else if (kept != null) {
                kept.add(q);
            }
        }
        return kept == null ? found : kept;
    }

    /** "Ashraf 3" when the quantity is bare digits, with no noun, right after a capitalised word; else null. */
    private static String pair(String text, Quantity q) {
        if (q.unit() != null || q.text().isEmpty() || !digits(q.text())) {
            return null;
        }
        int space = q.span().start() - 1;
        if (space < 1 || text.charAt(space) != ' ') {
            return null;
        }
        int w = space;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        if (w == space || !Character.isUpperCase(text.charAt(w))) {
            return null;
        }
        return text.substring(w, q.span().end());
    }

    /**
     * True when {@code pair} stands elsewhere in the text as whole words (no letter before, no digit
     * after) and no quantity found starts at its digits there.
     */
    private static boolean elsewhereNoCount(String text, String pair, int digitsAt, List<Quantity> found) {
        int offset = pair.lastIndexOf(' ') + 1;
        for (int at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) {
            int end = at + pair.length();
            if (at + offset == digitsAt || at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
                    || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            int d = at + offset;
            if (found.stream().noneMatch(f -> f.span().start() <= d && d < f.span().end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Tokenizer.isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
