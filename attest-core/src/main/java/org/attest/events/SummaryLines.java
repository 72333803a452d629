package org.attest.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Event;

/**
 * Drops an event found in a heading or a line opening with a credit when the body says the same: a
 * heading, credited teaser or related-story line ("Activists call for a boycott") often sums up
 * the paragraph beside it, and the body sentence, with its details, is the report. An event from such a line is kept only
 * when neither the nearest body paragraph before it nor the nearest after it holds an event of
 * its type; such a line that tells of something the body does not is an event of its own. The title
 * (the text's first line, or the headline under a section label) sums up the story: its event is
 * dropped when any body paragraph holds its type (a two-part headline, "court jails seven; strikers
 * detained", sums up a later paragraph too). A deck and the lines of a key-points box sum up the
 * whole story as well. A line that dates its event to a day of its own is kept ("Students clash with
 * police in the capital on 18 July" as a subheading): readers count it beside the body's telling of
 * that day (one-per-report types, an election, are never a line's own: see {@link EventStage}); a
 * deck or key point that names its day still retells the body, which tells that day with its
 * details. A picture's caption ({@link PictureCaptions}) is such a line too, and more: it shows a moment
 * of what the body tells, so its event is dropped as well when any body event has its type and a date
 * that agrees with its own ("Protesters gather outside parliament on Sunday" under a story of Sunday's
 * protest). A caption that shows what the body does not tell ("Families of prisoners protested outside
 * the ministry on Sunday" under a story on prison conditions) is the report's only telling of it.
 * Types of one kind count as the same type here ({@code summary-kin-*} lists): a caption's "gathered
 * for the annual rally" sums up the body's march, and "victims of the massacre" the body's
 * executions, though the line and the body name them with words of different types.
 */
final class SummaryLines {
    /** Types a summing-up line and the body may name one happening by: a gathering, a taking of lives. */
    private static final List<Set<String>> KIN = List.of(WordSets.named("summary-kin-gatherings"),
            WordSets.named("summary-kin-deaths"));
    /**
     * An event with the paragraph it came from, whether that line is a heading or caption, whether
     * its date is a day the line itself states ("Students clash with police in the capital on 18
     * July": a subheading dates the moment it tells, often a day the body does not tell), and
     * whether the line is a picture's caption, and whether the line states any date of its own.
     */
    record Placed(Event event, int paragraph, boolean summary, boolean ownDay, boolean picture, boolean dated) {
        /** A line that states no date of its own. */
        Placed(Event event, int paragraph, boolean summary, boolean ownDay, boolean picture) {
            this(event, paragraph, summary, ownDay, picture, false);
        }

        Placed withEvent(Event e) {
            return new Placed(e, paragraph, summary, ownDay, picture, dated);
        }
    }

    private SummaryLines() {}

    /**
     * The events to keep, in the order given.
     *
     * @param placed the document's events with their paragraphs
     * @param body   the paragraphs that hold at least one body sentence (neither heading nor caption)
     */
    static List<Event> resolve(List<Placed> placed, NavigableSet<Integer> body) {
        return resolve(placed, body, Map.of());
    }

    /**
     * As {@link #resolve(List, NavigableSet)}, where {@code toldAgain} gives, by paragraph, the types
     * of events the body told again without a new event (a quote going back over them): a heading
     * beside such a paragraph sums it up as well.
     */
    static List<Event> resolve(List<Placed> placed, NavigableSet<Integer> body, Map<Integer, Set<String>> toldAgain) {
        return resolve(placed, body, toldAgain, -1);
    }

    /**
     * As {@link #resolve(List, NavigableSet, Map)}, where {@code deck} is the paragraph of the
     * report's deck ({@link Decks}), or -1: a deck sums up the whole story, as the title does the
     * lead, so its event is dropped when any body paragraph holds its type.
     */
    static List<Event> resolve(List<Placed> placed, NavigableSet<Integer> body, Map<Integer, Set<String>> toldAgain, int deck) {
        return resolve(placed, body, toldAgain, new Top(0, deck, Set.of()));
    }

    /**
     * The paragraphs at the top of a report that sum it up: the headline's (the text's first line
     * unless a section label stands above it, {@link Decks#headline}), the deck's or -1, and the
     * lines of a key-points box ({@link KeyPoints}).
     */
    record Top(int headline, int deck, Set<Integer> keyPoints) {
        Top {
            keyPoints = Set.copyOf(keyPoints);
        }

        /** True for a line that sums up the whole story, as a deck or a key point does. */
        boolean story(int paragraph) {
            return paragraph == deck || keyPoints.contains(paragraph);
        }
    }

    /**
     * As {@link #resolve(List, NavigableSet, Map, int)} with the report's {@link Top}: the headline's
     * event is dropped when the body or the deck holds its type; a deck's or key point's when any body
     * paragraph does, even when it names a day (the body tells that day with its details).
     */
    static List<Event> resolve(List<Placed> placed, NavigableSet<Integer> body, Map<Integer, Set<String>> toldAgain, Top top) {
        int deck = top.deck();
        Map<Integer, Set<String>> bodyTypes = new HashMap<>();
        toldAgain.forEach((k, v) -> bodyTypes.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
        for (Placed p : placed) {
            if (!p.summary()) {
                bodyTypes.computeIfAbsent(p.paragraph(), k -> new HashSet<>()).add(p.event().type());
            }
        }
        Set<String> deckTypes = new HashSet<>(); // the title's summing up goes on in the deck under it
        for (Placed p : placed) {
            if (p.paragraph() == deck) {
                deckTypes.add(p.event().type());
            }
        }
        List<Event> out = new ArrayList<>(placed.size());
        for (Placed p : placed) {
            String type = p.event().type();
            boolean repeated = p.summary() && !p.ownDay()
                    && (has(bodyTypes, body.lower(p.paragraph()), type) || has(bodyTypes, body.higher(p.paragraph()), type)
                    || p.paragraph() == top.headline() && (inBody(bodyTypes, type) || holdsKin(deckTypes, type))
)
                    || p.summary() && top.story(p.paragraph()) && inBody(bodyTypes, type)
                    || aboveBody(p, body) && inBody(bodyTypes, type);
            if (!repeated && p.picture()) {
                repeated = pictured(placed, p.event()); // a picture of a day the body tells
            }
            if (!repeated) {
                out.add(p.event());
            }
        }
        return out;
    }

    /**
     * True when a body event has the caption event's type and a date that agrees with its date, to
     * the coarser precision of the two ("2024-05" agrees with "2024-05-08"). An undated caption
     * event pictures nothing the body dates.
     */
    private static boolean pictured(List<Placed> placed, Event caption) {
        String day = caption.date();
        for (Placed q : placed) {
            String other = q.event().date();
            if (!q.summary() && kin(q.event().type(), caption.type()) && day != null && other != null
                    && (other.startsWith(day) || day.startsWith(other))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a teaser line (a heading or credited line, not a picture's caption) set above the
     * report's first body paragraph: like a deck it sums up the whole story, whose body may tell its
     * happening paragraphs further down ("(Agency): Exiles protest the first executions" over a
     * rally story that reaches the executions later). A line that states a date of its own ("Call for
     * boycott ... in the second week of June") may be a related story's title, and is left to the
     * neighbour test.
     */
    private static boolean aboveBody(Placed p, NavigableSet<Integer> body) {
        return p.summary() && !p.picture() && !p.dated() && !body.isEmpty() && p.paragraph() < body.first();
    }

    /** True when a body paragraph holds an event of the type. */
    private static boolean inBody(Map<Integer, Set<String>> bodyTypes, String type) {
        for (Set<String> types : bodyTypes.values()) {
            if (holdsKin(types, type)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Map<Integer, Set<String>> bodyTypes, Integer paragraph, String type) {
        return paragraph != null && holdsKin(bodyTypes.getOrDefault(paragraph, Set.of()), type);
    }

    /** True when the types hold this type or one of its kin ({@link #KIN}). */
    static boolean holdsKin(Set<String> types, String type) {
        if (types.contains(type)) {
            return true;
        }
        for (Set<String> kin : KIN) {
            if (kin.contains(type)) {
                for (String t : types) {
                    if (kin.contains(t)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when the two types are one or kin ({@link #KIN}). */
    static boolean kin(String a, String b) {
        return holdsKin(Set.of(a), b);
    }

    /** True when one of the line's own dates is this day: "... in the capital on 18 July 2024". */
    static boolean statesDay(List<DateMention> here, String day) {
        for (DateMention m : here) {
            if (m.precision() == DatePrecision.DAY && m.value().equals(day)) {
                return true;
            }
        }
        return false;
    }
}
