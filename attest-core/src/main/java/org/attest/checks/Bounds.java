package org.attest.checks;

import java.util.Collection;
import org.attest.model.Quantity;

/**
 * The values a stated figure allows, read from its qualifier, so that two statements can be
 * compared without deciding which is right. The readings are deliberately generous, since a
 * finding of disagreement should hold under any fair reading:
 * <ul>
 *   <li>exact: the value, give or take {@link #ROUNDING} (a stated "1,500" is often rounded);</li>
 *   <li>about: within {@link #ABOUT} of the value;</li>
 *   <li>at least, more than: the value or more ("over 1,500" is taken to include a rounded
 *       1,500, so "over 1,500" and "1,500" are consistent);</li>
 *   <li>up to, less than: zero to the value;</li>
 *   <li>range: low to high end;</li>
 *   <li>vague ("thousands", value 1000): the value up to ten times it.</li>
 * </ul>
 *
 * @param low  the least value allowed
 * @param high the greatest, or {@link Double#POSITIVE_INFINITY}
 */
public record Bounds(double low, double high) {
    /** Relative slack of an "about" figure. */
    public static final double ABOUT = 0.10;
    /** Relative slack of an exact figure: rounding in restatement. */
    public static final double ROUNDING = 0.005;

    public static Bounds of(Quantity q) {
        double v = q.value();
        return switch (q.qualifier()) {
            case EXACT -> new Bounds(v * (1 - ROUNDING), v * (1 + ROUNDING));
            case ABOUT -> new Bounds(v * (1 - ABOUT), v * (1 + ABOUT));
            case AT_LEAST, MORE_THAN -> new Bounds(v, Double.POSITIVE_INFINITY);
            case UP_TO, LESS_THAN -> new Bounds(0, v);
            case RANGE -> new Bounds(v, q.valueMax() == null ? v : Math.max(v, q.valueMax()));
            case VAGUE -> new Bounds(v, v * 10);
        };
    }

    /** True when some value lies within every one of the bounds. */
    public static boolean agree(Collection<Bounds> all) {
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        for (Bounds b : all) {
            lo = Math.max(lo, b.low);
            hi = Math.min(hi, b.high);
        }
        return lo <= hi;
    }

    public boolean contains(double x) {
        return x >= low && x <= high;
    }
}
