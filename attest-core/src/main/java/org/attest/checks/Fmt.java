package org.attest.checks;

import java.util.Locale;
import org.attest.model.Quantity;

/** Numbers and figures as a message should print them: "310", "1.5", "over 1,500". */
final class Fmt {
    private Fmt() {}

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, "%,.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** JSON-friendly number: a whole number as a long, else the double. */
    static Number json(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Number) (long) v : (Number) v;
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** The figure as written, quoted: "'over 1500 protesters'". */
    static String quoted(Quantity q) {
        return "'" + q.text() + "'";
    }

    static String quotedFigure(Figures.Figure f) {
        return quoted(f.quantity());
    }
}
