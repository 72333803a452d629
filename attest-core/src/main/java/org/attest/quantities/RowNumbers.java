package org.attest.quantities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.model.Document;
import org.attest.model.Quantity;
import org.attest.model.Sentence;

/**
 * Drops the numbers that label the rows of a numbered table or list: "1 Amina Yusuf Teacher
 * Kano", "2 Bello Musa Driver Zaria", "3 ...". A cleaned page writes each row as a paragraph,
 * so the row's number opens it without the "1." or "1)" that marks a list item in prose
 * ({@link Exclusions} drops those). A paragraph's opening number labels its row when the
 * paragraph before opens with the number before it or the paragraph after with the number
 * after it: a lone paragraph opening "12 protesters were held" still counts protesters.
 */
final class RowNumbers {
    private RowNumbers() {}

    /** The quantities less the row labels. */
    static List<Quantity> drop(Document document, List<Quantity> found) {
        if (found.isEmpty()) {
            return found;
        }
        String text = document.text();
        Map<Integer, Integer> opening = new HashMap<>(); // paragraph -> the whole number that opens it
        Map<Integer, Integer> paragraphAt = new HashMap<>(); // paragraph start offset -> paragraph
        int previous = -1;
        for (Sentence s : document.sentences()) {
            if (s.paragraph() == previous) {
                continue;
            }
            previous = s.paragraph();
            int label = label(text, s.span().start(), s.span().end());
            if (label > 0) {
                opening.put(s.paragraph(), label);
                paragraphAt.put(s.span().start(), s.paragraph());
            }
        }
        if (opening.size() < 2) {
            return found;
        }
        List<Quantity> kept = new ArrayList<>(found.size());
        for (Quantity q : found) {
            Integer paragraph = paragraphAt.get(q.span().start());
            if (paragraph == null || !labelsRow(opening, paragraph)) {
                kept.add(q);
            }
        }
        return kept.size() == found.size() ? found : kept;
    }

    private static boolean labelsRow(Map<Integer, Integer> opening, int paragraph) {
        int n = opening.get(paragraph);
        return Integer.valueOf(n - 1).equals(opening.get(paragraph - 1))
                || Integer.valueOf(n + 1).equals(opening.get(paragraph + 1));
    }

    /**
     * The whole number of at most three digits that opens the text from {@code start}, followed by
     * a space and a letter; 0 when there is none.
     */
    private static int label(String text, int start, int end) {
        int i = start;
        int n = 0;
        while (i < end && i - start < 3 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            n = n * 10 + (text.charAt(i) - '0');
            i++;
        }
        if (i == start || i + 1 >= end || text.charAt(i) != ' ' || !Character.isLetter(text.charAt(i + 1))) {
            return 0;
        }
        return n;
    }
}
