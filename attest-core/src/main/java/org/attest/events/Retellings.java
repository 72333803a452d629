package org.attest.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Quantity;

/**
 * Remembers the body's events, so that a sentence telling one of them again gives no second
 * event: the event {@link EventStage} then folds the retelling's figures (and a more precise day)
 * into is the one found here.
 *
 * <ul>
 *   <li>The same day again ({@link #sameDay}): "Iran hanged two men on Saturday ... The two were
 *       executed early on Saturday in Karaj". A report names the day again to add detail, not to
 *       count a second hanging; a second event of the day is told at a town the first telling did
 *       not name ("eleven prisoners were hanged today ... three of them in Ardebil"). Statements
 *       and "other" are told by many speakers on one day, so they are never the same again; nor
 *       is a rally, whose coming day an announcement names in each line of the programme. A
 *       protest or attack whose sentence states no date and takes the day from its paragraph or
 *       the lead ({@link #contextDay}) is such a retelling too: "Thousands gathered outside
 *       parliament" after "clashes erupted outside parliament on Monday". A sentence that tells the day's
 *       event beside a happening of another type is no such retelling
 *       ({@link SettingsOfHappenings#toldBeside}): "two were shot dead on Monday when protesters
 *       gathered" counts the gathering there.</li>
 *   <li>A mention that points back and dates what it points to ({@link #pointedTo}): "Police
 *       detained 40 people. The arrests took place on Sunday." The date belongs to the event told
 *       before, unless that one has a date the new one contradicts ("a similar protest on
 *       Thursday" after Friday's). A report's election is such a mention wherever it is named
 *       again ("turnout was low at polling stations"), since a report speaks of one election;
 *       an election of another date ("the 2019 election") is another.</li>
 *   <li>A source's count of a told event, undated, at no new town ("Police said 11 people were
 *       killed"), when the counts are of one size ({@link #sameSize}) and none runs "since".</li>
 * </ul>
 */
final class Retellings {
    private static final Set<String> MANY_PER_DAY = WordSets.named("many-per-day-types");
    private static final TokenSet GOING_ON = TokenSet.named("going-on");
    /** A coming gathering's day recurs in each line of its programme ("At the July 17 conference, speakers will ..."). */
    private static final Set<String> ANNOUNCED_BY_DAY = WordSets.named("announced-by-day-types");

    /** What was told of one event: its date, its towns and provinces, and where its record stands. */
    private record Told(String type, String date, boolean dayStated, Set<String> places, Set<String> towns, int at) {}

    private final List<PlaceMention> places;
    private final List<Told> told = new ArrayList<>();
    private final Map<String, List<Told>> byDay = new HashMap<>();
    /** The towns and provinces of the told events of each type, kept as they are added. */
    private final Map<String, Set<String>> placesByType = new HashMap<>();
    /**
     * The told events at each town or province, in the order told: a long report tells thousands
     * of events, and {@link #partOfRoundUp}, asked per sentence, needs only those holding one place
     * of the sentence's.
     */
    private final Map<String, List<Told>> byPlace = new HashMap<>();

    /** @param places the document's place mentions, which events' place indexes point into */
    Retellings(List<PlaceMention> places) {
        this.places = places;
    }

    /**
     * Where the record of the event this one tells again with its day stands ({@link #add}'s
     * {@code at}), or -1: an event of this type whose sentence stated this day (or, for a protest
     * or attack, took it from the lead or paragraph: {@link #contextDay}), at places that hold all
     * of these. "Students marched to the assembly" dated by the lead's Tuesday, then "They protested
     * because the fees would double" or "On Tuesday, demonstrations were held outside the assembly":
     * the day's one protest, told again.
     */
    int sameDay(String type, String date, DatePrecision precision, List<Integer> placeIndexes) {
        if (precision != DatePrecision.DAY || date == null || MANY_PER_DAY.contains(type) || ANNOUNCED_BY_DAY.contains(type)) {
            return -1;
        }
        Set<String> here = local(placeIndexes);
        Set<String> towns = towns(placeIndexes);
        for (Told t : byDay.getOrDefault(type + '@' + date, List.of())) {
            if (t.places().containsAll(here) && !roundUp(t, here, towns)) {
                return t.at();
            }
        }
        return -1;
    }

    /**
     * Where the record of the latest event of one of these types stands, when this date (may be
     * null) does not contradict its date; else -1.
     */
    int pointedTo(Set<String> types, String date) {
        return pointedTo(types, date, at -> true);
    }

    /** {@link #pointedTo(Set, String)}, when the record standing there also passes {@code fits}; else -1. */
    int pointedTo(Set<String> types, String date, IntPredicate fits) {
        for (int i = told.size() - 1; i >= 0; i--) {
            Told t = told.get(i);
            if (types.contains(t.type())) {
                return (t.date() == null || date == null || date.startsWith(t.date()) || t.date().startsWith(date))
                        && fits.test(t.at()) ? t.at() : -1;
            }
        }
        return -1;
    }

    /** True when the record at {@code at} was told with this very date (not null). */
    boolean toldOn(int at, String date) {
        for (int i = told.size() - 1; i >= 0; i--) {
            if (told.get(i).at() == at) {
                return date.equals(told.get(i).date());
            }
        }
        return false;
    }

    /** True when an event of this type was told. */
    boolean told(String type) {
        for (Told t : told) {
            if (t.type().equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** How many times larger one count may be than the other and still count the same people. */
    private static final double SAME_TOLL_RATIO = 10;

    /**
     * True when the told event gave no count, or one of the size of the new count ("ten killed" ...
     * "Police said 11 were killed"): "thousands were arrested" after "three protesters who were
     * arrested" is a wider event.
     */
    static boolean sameSize(List<Quantity> quantities, List<Integer> toldCounts, List<Integer> counts) {
        if (toldCounts.isEmpty()) {
            return true;
        }
        double before = 0;
        double now = 0;
        for (int q : toldCounts) {
            before = Math.max(before, quantities.get(q).value());
        }
        for (int q : counts) {
            now = Math.max(now, quantities.get(q).value());
        }
        return now <= before * SAME_TOLL_RATIO && before <= now * SAME_TOLL_RATIO;
    }

    /**
     * Records a body event whose record stands at {@code at}; {@code dayStated} when its sentence
     * states its day itself, or when it is a protest or attack that takes the day from its context
     * ({@link #contextDay}); other inherited days are the context's, and "since Tuesday" starts a
     * stretch.
     */
    void add(String type, String date, DatePrecision precision, List<Integer> placeIndexes, int at, boolean dayStated) {
        Told t = new Told(type, date, dayStated && precision == DatePrecision.DAY && date != null, local(placeIndexes),
                towns(placeIndexes), at);
        told.add(t);
        placesByType.computeIfAbsent(type, k -> new HashSet<>()).addAll(t.places());
        for (String place : t.places()) {
            byPlace.computeIfAbsent(place, k -> new ArrayList<>()).add(t);
        }
        if (t.dayStated()) {
            byDay.computeIfAbsent(type + '@' + date, k -> new ArrayList<>()).add(t);
        }
    }

    /**
     * True when a retelling at these places restates the count of the record at {@code at}: it
     * names no town or province, or the same ones. "In Nantes, 3,000 marched" after a strike told
     * in five towns counts one town's march, not the strike again, so its figures are no second
     * statement of the first record's.
     */
    boolean restatesCount(int at, List<Integer> placeIndexes) {
        Set<String> here = local(placeIndexes);
        if (here.isEmpty()) {
            return true;
        }
        for (Told t : told) {
            if (t.at() == at) {
                return t.places().equals(here);
            }
        }
        return false;
    }

    /**
     * True when these places name at least one town or province and every one of them was a place
     * of a told event of one of these types.
     */
    boolean placesTold(Set<String> types, List<Integer> placeIndexes) {
        Set<String> here = local(placeIndexes);
        if (here.isEmpty()) {
            return false;
        }
        for (String place : here) {
            boolean seen = false;
            for (String type : types) {
                seen |= placesByType.getOrDefault(type, Set.of()).contains(place);
            }
            if (!seen) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when these places name a town or province that no told event of these types had:
     * "In Kelmar, the protests were peaceful" after protests told in Dorvan tells Kelmar's.
     */
    boolean newPlace(Set<String> types, List<Integer> placeIndexes) {
        return !local(placeIndexes).isEmpty() && !placesTold(types, placeIndexes);
    }

    /**
     * True when a sentence at these places tells one town's part of an event told at these types:
     * it names a town, and every told event holding all its places is a round-up of several towns
     * ({@link #roundUp}). "Students marched in Arlen, Brisk and Corvo on Friday" then "In Brisk,
     * the march ended at the town hall": Brisk's own march, which readers count beside the round-up.
     */
    boolean partOfRoundUp(Set<String> types, List<Integer> placeIndexes) {
        Set<String> here = local(placeIndexes);
        Set<String> towns = towns(placeIndexes);
        if (towns.isEmpty()) {
            return false;
        }
        // a town among the places is one of here's names: a told event holding all of here is at that town
        for (Told t : byPlace.getOrDefault(towns.iterator().next(), List.of())) {
            if (types.contains(t.type()) && t.places().containsAll(here) && !roundUp(t, here, towns)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the told event names a town the sentence leaves out and the sentence names a town
     * of its own: the told event went over several towns, and this is one of them. A province the
     * told event gave beside its town ("Kelmar, in Dorvan province") makes no round-up.
     */
    private static boolean roundUp(Told t, Set<String> here, Set<String> towns) {
        if (towns.isEmpty()) {
            return false;
        }
        for (String town : t.towns()) {
            if (!here.contains(town)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> local(List<Integer> placeIndexes) {
        return localNames(places, placeIndexes);
    }

    /** Names of the towns among the places. */
    private Set<String> towns(List<Integer> placeIndexes) {
        Set<String> out = new HashSet<>();
        for (int i : placeIndexes) {
            if (places.get(i).kind() == PlaceKind.CITY) {
                out.add(places.get(i).name());
            }
        }
        return out;
    }

    /** Names of the towns, provinces and regions among the places: a country holds them all. */
    static Set<String> localNames(List<PlaceMention> places, List<Integer> placeIndexes) {
        Set<String> out = new HashSet<>();
        for (int i : placeIndexes) {
            PlaceMention p = places.get(i);
            if (p.kind() != PlaceKind.COUNTRY) {
                out.add(p.name());
            }
        }
        return out;
    }

    /**
     * True when an attack hit is the shooting of a killing the body has told, told again: "At least
     * two people were killed on Saturday ... Security forces opened fire on the crowd", "police
     * then fired live ammunition". Firing that kills is the killing (the trigger lexicon drops it
     * in the killing's own sentence); a later sentence about the shooting gives its detail. It is
     * another attack when the sentence states a day the killing did not have, or a town no told
     * killing had, or tells a gathering of its own that the shooting broke up ("protesters gathered
     * on a bridge and security forces shot live ammunition to disperse them"). Armed men who are no
     * force ({@link ActorLedActs}) attack, and the detail of their attack is no retold killing.
     */
    boolean firingOfToldKilling(List<Token> tokens, Hit h, List<Hit> hits, List<DateMention> here, List<Integer> placeIndexes) {
        if (!h.type().equals("attack") || !ShootingWords.tellShooting(tokens, h) || ActorLedActs.actorLed(tokens, h)) {
            return false; // "the gunmen opened fire on the guards": armed men's attack, beside the killing (DeadlyAttacks)
        }
        for (Hit o : hits) {
            if (Strikes.protestOrStrike(o) && o.trigger().form() != Trigger.Form.PERSON) {
                return false;
            }
        }
        Told killing = null;
        for (int i = told.size() - 1; i >= 0 && killing == null; i--) {
            killing = told.get(i).type().equals("killing") ? told.get(i) : null;
        }
        if (killing == null) {
            return false;
        }
        for (DateMention m : here) {
            if (m.precision() == DatePrecision.DAY && !m.value().equals(killing.date())) {
                return false;
            }
        }
        return placeIndexes.isEmpty() || local(placeIndexes).isEmpty() || placesTold(Set.of("killing"), placeIndexes);
    }

    /**
     * True when a protest of a told type is named as the setting of the sentence's toll or arrests
     * ({@link ToldSettings}), at no town the told protests lacked and on no day that contradicts
     * theirs: "Medics said four people had been killed in two days of protests".
     */
    boolean toldSetting(List<Token> tokens, Hit h, List<Hit> hits, List<DateMention> here, List<Integer> placeIndexes) {
        Set<String> type = Set.of(Strikes.kind(h));
        return (placeIndexes.isEmpty() || placesTold(type, placeIndexes))
                && here.stream().allMatch(m -> pointedTo(type, m.value()) >= 0)
                && ToldSettings.settingOfToll(tokens, h, hits);
    }

    /** Types a later sentence, dated only by its context, tells again on the day told first. */
    private static final Set<String> RETOLD_ON_CONTEXT_DAY = WordSets.named("retold-on-context-day-types");

    /**
     * True when a hit of this type, dated by this rule, takes its day from the paragraph or the
     * lead: "Thousands gathered outside parliament" after "clashes erupted outside parliament on
     * Monday" goes over Monday's protest again, as the gold counts one event per happening.
     */
    static boolean contextDay(String rule, String type) {
        return (rule.startsWith("paragraph") || rule.startsWith("lead")) && RETOLD_ON_CONTEXT_DAY.contains(type);
    }

    /** True when a source's count of this type may tell a told event again: not statements or "other", told by many. */
    static boolean tollType(String type) {
        return !MANY_PER_DAY.contains(type);
    }

    /** True when the sentence counts from a point on ("16 killed since then"): a running toll, news of its own. */
    static boolean countsSince(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.word() && t.lower().equals("since")) {
                return true;
            }
        }
        return false;
    }

    /** Words that make an event of a day already told another one: "two more inmates were hanged", "another protest". */
    private static final TokenSet ANOTHER = TokenSet.named("another-event");

    /** True when the sentence says its event is another of the day's ("two more", "a further", "a second"). */
    static boolean saysAnother(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.word() && (ANOTHER.has(t) && !joinedOthers(tokens, i) || t.lower().equals("more") && i > 0 && counts(tokens.get(i - 1)))) {
                return true; // "two more inmates", not "more citizens took to the streets than ..."
            }
        }
        return false;
    }

    /** True when token {@code i} is "other" or "others" right after "and": "the leader and other members" are one group. */
    private static boolean joinedOthers(List<Token> tokens, int i) {
        String w = tokens.get(i).lower();
        return (w.equals("other") || w.equals("others")) && i > 0 && tokens.get(i - 1).lower().equals("and");
    }

    private static final TokenSet COUNT_WORDS = TokenSet.named("more-counts");

    private static boolean counts(Token t) {
        return t.word() && (COUNT_WORDS.has(t) || !t.surface().isEmpty() && Character.isDigit(t.surface().charAt(0)));
    }

    /**
     * True when the sentence gives this date only after "since": "23 arrested since last Tuesday"
     * counts a stretch, and a later "arrested on Tuesday night" tells one of its arrests, not the
     * same event again.
     */
    static boolean startsStretch(String text, List<DateMention> here, String date) {
        boolean found = false;
        for (DateMention m : here) {
            if (m.value().equals(date)) {
                int at = m.span().start();
                if (at < 6 || !text.regionMatches(true, at - 6, "since ", 0, 6)) {
                    return false;
                }
                found = true;
            }
        }
        return found;
    }

    /**
     * True when the mention's noun phrase opens the sentence or a clause after a comma: the
     * subject ("According to the group, the arrests took place on Sunday"), not the object of a
     * verb that is news of its own ("groups endorsed the boycott movement in May").
     */
    static boolean opensClause(List<Token> tokens, Hit h) {
        int i = h.first() - 1;
        while (i >= 0 && i >= h.first() - 3 && tokens.get(i).word()) {
            i--;
        }
        return i < 0 ? h.first() <= 3 : tokens.get(i).surface().equals(",") && i < h.first() - 1;
    }

    /** True when a verb of going on follows the mention: "the strike continued on Monday", "the sit-in entered its third day". */
    static boolean goesOn(List<Token> tokens, Hit h) {
        int next = h.last() + 1;
        return next < tokens.size() && tokens.get(next).word() && GOING_ON.has(tokens.get(next));
    }
}
