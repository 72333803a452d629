package org.attest.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.attest.model.DatePrecision;
import org.attest.model.Event;

/**
 * A one-per-report event (an election) dated only to its month whose day the report gives in
 * another sentence: "the final results of this month's provincial elections" and the results told
 * after it ("Party A won seven of the 16 seats") carry the month, while a later sentence names the
 * vote's day ("turnout in the Dec. 18 vote was 41 percent"). The report speaks of one vote that
 * month, so its mentions take that day. A month holding two told days of the type (a first round
 * and a run-off) keeps its mentions at the month: which day each means is not known.
 */
final class VoteMonthDays {
    private VoteMonthDays() {
    }

    /**
     * {@code events} with each month-dated event of a type {@code onePerReport} accepts dated on
     * the one day of that month the report's day-dated events of the type give; the others as they are.
     */
    static List<Event> refine(List<Event> events, Predicate<String> onePerReport) {
        // type -> month -> its one day, or "" when the month holds more than one
        Map<String, Map<String, String>> days = new HashMap<>();
        for (Event e : events) {
            if (e.datePrecision() == DatePrecision.DAY && e.date() != null && e.date().length() == 10
                    && onePerReport.test(e.type())) {
                days.computeIfAbsent(e.type(), k -> new HashMap<>())
                        .merge(e.date().substring(0, 7), e.date(), (a, b) -> a.equals(b) ? a : "");
            }
        }
        if (days.isEmpty()) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            String day = e.datePrecision() == DatePrecision.MONTH && e.date() != null && e.date().length() == 7
                    ? days.getOrDefault(e.type(), Map.of()).get(e.date()) : null;
            out.add(day == null || day.isEmpty() ? e : e.withDate(day, DatePrecision.DAY));
        }
        return out;
    }
}
