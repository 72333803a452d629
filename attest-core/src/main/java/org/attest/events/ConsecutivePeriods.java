package org.attest.events;

import java.time.YearMonth;
import java.util.List;
import org.attest.model.DateMention;

/**
 * Two consecutive years or months joined by "and" ("marched week after week in 2019 and 2020",
 * "killed during unrest in July and August") name one stretch, not two times: reports and the gold date
 * what happened in it by its start, even when a plural noun tells of it. Unlike two days ("held
 * protests on 3 and 4 May", one a day), a year or a month is too long to count one event in each.
 * Years or months apart ("in 2018 and 2022") are two occasions and stay apart. Static helper of
 * {@link PairedDayDates}.
 */
final class ConsecutivePeriods {
    private ConsecutivePeriods() {}

    /**
     * True when {@code d} is the year or month right after {@code previous}, of the same precision,
     * with only "and" between them.
     *
     * @param previousLast the last token of {@code previous}, or -1
     * @param first        the first token of {@code d}, or -1
     */
    static boolean follows(DateMention d, DateMention previous, int previousLast, int first, List<Token> tokens) {
        if (previous == null || first < 0 || previousLast < 0 || first != previousLast + 2
                || previous.value() == null || d.value() == null || previous.precision() != d.precision()
                || !tokens.get(previousLast + 1).lower().equals("and")) {
            return false;
        }
        return switch (d.precision()) {
            case YEAR -> year(d.value()) > 0 && year(d.value()) == year(previous.value()) + 1;
            case MONTH -> month(previous.value()) != null && month(previous.value()).plusMonths(1).equals(month(d.value()));
            default -> false;
        };
    }

    private static int year(String v) {
        return v.length() == 4 && v.chars().allMatch(Character::isDigit) ? Integer.parseInt(v) : -10;
    }

    /** The month of a "YYYY-MM" value, or null for any other shape. */
    private static YearMonth month(String v) {
        return v.length() == 7 && v.charAt(4) == '-' ? YearMonth.parse(v) : null;
    }
}
