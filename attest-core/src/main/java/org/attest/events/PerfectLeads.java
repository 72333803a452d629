package org.attest.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attest.model.DatePrecision;
import org.attest.model.Event;
import org.attest.model.PlaceMention;

/**
 * Leads in the present perfect, or with nothing but the week of publication to date them, that the
 * next lines date: "Police have detained the party's leader" takes the day of publication, and
 * "Group; May 2, 2024: three men were hanged in Kerman" (a dateline, no date of the event) that
 * week; but when a sentence of its paragraph or of the next one tells an
 * event of the same type on a day of its own ("he was detained in Arusha on Tuesday"), that is the
 * same happening told again, and its day is the lead's. The later sentence then gives no event of
 * its own. A later event at a town the lead did not name, or told as another one ("two more were
 * detained"), is a different happening; the caller checks the latter. Mutable: one per document.
 */
final class PerfectLeads {
    /** The rule prefix of the date a present-perfect sentence takes: the day of publication. */
    static final String RULE = "publication day of a present-perfect";
    /** The rule of a date that is only the week of publication (see {@code DateResolver#outside}). */
    private static final String PUBLISHED = "published";
    /** The rule of a date the event's own sentence gives. */
    private static final String SENTENCE = "sentence";

    /** True when an event's date is only the week of publication: the sentence, its paragraph and the lead gave none. */
    static boolean publicationWeek(String rule, DatePrecision precision) {
        return rule.equals(PUBLISHED) && precision == DatePrecision.WEEK;
    }

    /** Days before the publication a later sentence's day may lie and still be the lead's. */
    private static final int RECENT_DAYS = 7;
    /** Paragraphs after the lead's that may still tell it again. */
    private static final int PARAGRAPH_REACH = 1;

    private record Lead(String type, int at, int paragraph, Set<String> places) {}

    private final List<PlaceMention> places;
    private final LocalDate published;
    private final List<Lead> leads = new ArrayList<>();

    /**
     * @param places    the document's place mentions (indexes of events point into them)
     * @param published the publication day, or null (then no lead is ever dated again)
     */
    PerfectLeads(List<PlaceMention> places, LocalDate published) {
        this.places = places;
        this.published = published;
    }

    /**
     * Remembers the event recorded at {@code at}, dated by {@code rule}, when that rule is the
     * present perfect's or the week of publication's; the caller passes only events whose own verb
     * is in the present perfect ("have detained") or, for the week, a verb ("were hanged"), not
     * nouns beside it ("students who staged a sit-in").
     */
    void add(String rule, Event event, String kind, int at, int paragraph) {
        if (published != null && (rule.startsWith(RULE) || rule.equals(PUBLISHED) || toldToday(rule, event))) {
            leads.add(new Lead(kind, at, paragraph, local(event.places())));
        }
    }

    /**
     * True when the event's own sentence dates it to the day of publication ("have been detained,
     * officials said today"): the perfect still tells of a recent past the next lines may date,
     * and "today" is when it was said.
     */
    private boolean toldToday(String rule, Event event) {
        return rule.startsWith(SENTENCE) && event.datePrecision() == DatePrecision.DAY
                && published.toString().equals(event.date());
    }

    /**
     * Where the record of the lead this event tells again stands, or -1: a lead of its type in
     * this paragraph or the one before, at no town other than the event's, when the event's
     * {@code date} is a day in the week before the publication. The lead is then forgotten: a
     * third sentence of the type is no retelling of it.
     */
    int toldAgain(String type, String date, DatePrecision precision, int paragraph, List<Integer> placeIndexes) {
        if (published == null || precision != DatePrecision.DAY || date == null) {
            return -1;
        }
        LocalDate day = LocalDate.parse(date);
        if (!day.isBefore(published) || day.isBefore(published.minusDays(RECENT_DAYS))) {
            return -1;
        }
        Set<String> here = local(placeIndexes);
        for (int i = leads.size() - 1; i >= 0; i--) {
            Lead l = leads.get(i);
            if (l.type().equals(type) && paragraph - l.paragraph() <= PARAGRAPH_REACH
                    && (l.places().isEmpty() || here.isEmpty() || l.places().containsAll(here))) {
                leads.remove(i);
                return l.at();
            }
        }
        return -1;
    }

    private Set<String> local(List<Integer> placeIndexes) {
        return Retellings.localNames(places, placeIndexes);
    }
}
