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

    /** Farther than this from a half, a percentage's rounding cannot depend on how its digits are written. */
    private static final double CLEAR_OF_HALF = 1e-6;

    /**
     * "40%": the share in whole percent, as {@code String.format("%.0f%%")} writes it (half up,
     * on the number's decimal digits). A formatter per call cost a message more than the rest of
     * it; the formatter is still used for a share within a hair of a half, and any odd value.
     */
    static String percent(double share) {
        double x = share * 100;
        if (Double.doubleToRawLongBits(x) >= 0 && x < 1e15 && Math.abs(x - Math.floor(x) - 0.5) > CLEAR_OF_HALF) {
            return Math.round(x) + "%";
        }
        return String.format(Locale.ROOT, "%.0f%%", x);
    }

    /** The figure as written, quoted: "'over 1500 protesters'". */
    static String quoted(Quantity q) {
        return "'" + q.text() + "'";
    }

    static String quotedFigure(Figures.Figure f) {
        return quoted(f.quantity());
    }
}
