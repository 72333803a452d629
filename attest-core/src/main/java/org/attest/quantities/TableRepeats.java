package org.attest.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attest.model.Qualifier;
import org.attest.model.Quantity;

/**
 * A table cell that gives again a figure the report's text states ("164" under "Seats" after "the
 * party was projected to take 164 seats"; "30,000" under a salary column in birr after "a salary
 * of about 30,000 birr") is no figure of its own: the table tabulates what the text reports, and
 * the text's statement, with its words, is the record. A cell counts as a repeat only when a
 * figure outside any table has its value and its unit and states it as such, exactly or about
 * (a bound, "more than 9,000", is another figure). Cells the text never states stay.
 */
final class TableRepeats {
    /** The mark {@link TableColumns} leaves in the rule of a cell whose unit its column gives. */
    private static final String CELL = "+unit:table-column";

    private TableRepeats() {}

    /** The quantities, less the table cells the text states again. */
    static List<Quantity> drop(List<Quantity> found) {
        List<Quantity> kept = null;
        for (int i = 0; i < found.size(); i++) {
            Quantity q = found.get(i);
            if (cell(q) && found.stream().anyMatch(t -> !cell(t) && sameFigure(t, q))) {
                if (kept == null) {
                    kept = new ArrayList<>(found.subList(0, i));
                }
            } else if (kept != null) {
                kept.add(q);
            }
        }
        return kept == null ? found : kept;
    }

    private static boolean cell(Quantity q) {
        return q.rule().contains(CELL);
    }

    private static boolean sameFigure(Quantity text, Quantity cell) {
        return text.value() == cell.value() && text.valueMax() == null && text.unit() != null && cell.unit() != null
                && (text.qualifier() == Qualifier.EXACT || text.qualifier() == Qualifier.ABOUT)
                && text.unit().toLowerCase(Locale.ROOT).equals(cell.unit().toLowerCase(Locale.ROOT));
    }
}
