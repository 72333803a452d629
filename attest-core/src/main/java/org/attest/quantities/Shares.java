package org.attest.quantities;

/**
 * A share written as a fraction ("more than half of the votes", "roughly a third of jobs", "one in
 * five teachers", "four out of five workers") is
 * written by the sets' coders as the whole percent it stands for, with the unit "percent", as a
 * share written in figures ("52 percent") is: the scorer then finds one value for one share
 * however the report phrases it. A fraction that scales a number ("half a million") is no share.
 */
final class Shares {

    private Shares() {
    }

    /** True when the match is a bare fraction read as a share, not part of a range. */
    static boolean isShare(NumberMatch m, RangeReader.Range range) {
        return range == null && (m.form() == NumberMatch.Form.FRACTION || m.form() == NumberMatch.Form.SHARE);
    }

    /** The share as a whole percent: a half is 50, a third 33, two-thirds 67. */
    static double percent(double fraction) {
        return Math.round(fraction * 100);
    }

    /**
     * The whole a share is of, as its noun was read ("executions" of "more than half of all
     * executions"), or null when none was written or it is no count (money, a percentage).
     */
    static String whole(UnitReader.Unit read) {
        return read.unit() != null && "phrase".equals(read.source()) && !UnitReader.isPercent(read.unit())
                ? read.unit() : null;
    }

    /** The unit of a share: "percent", ending where the fraction's own noun ended. */
    static UnitReader.Unit unit(UnitReader.Unit read) {
        return new UnitReader.Unit(CurrencyUnits.PERCENT, read.last(), "share", false);
    }
}
