package org.attest.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attest.dates.DateStage;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Span;

/**
 * Gives each hit of a sentence its date or dates.
 *
 * <p>Within the sentence, each usable date mention goes to the hit nearest to it (ties to the
 * earlier hit); a hit with several dates becomes one event per date ("in April ... and by May
 * ..."), a hit with none takes the date nearest to it in the sentence. Two kinds of mention belong
 * to a noun that is no event of the sentence, and date no hit:
 * <ul>
 *   <li>a date right after a trigger word the passes dropped ("a boycott of the elections in
 *       June": June dates the elections, not the boycott);</li>
 *   <li>a date used as a modifier ("a member of the 1988 commissions"), unless the noun it
 *       modifies is a hit itself ("the 1988 massacre", "the September 7 election", "Mozambique's
 *       October 9 election"): then it dates that hit alone, and the verb of a clause of "which"
 *       after it ("a 2010 bombing, which killed nine"); no other hit shares it.</li>
 * </ul>
 * A date belongs to its clause: one right after a reporting verb ("the group said on Tuesday")
 * dates the report, and other hits take it only as a last resort; one beyond a clause opener of
 * {@code guards.tsv} ("after being sentenced in January", "since he took office in 2022") dates
 * no hit before the opener; a point of comparison ("the same period in 2022") dates nothing; a
 * possessive ("Sunday's elections") dates its noun; a date that glosses the one before it or ends
 * its range ("1401 (March 2022 to March 2023)") is none of its own; a date right after a trigger
 * word the passes ruled out ("a collapse that killed 15 people in November") is that word's.
 * The clause helpers are in {@link DateClauses}, the dates of dropped trigger words and
 * possessives in {@link DroppedTriggerDates}.
 * A date in a lead-up frame ("in the run-up to the elections on March 1") dates its event alone ({@link LeadUps});
 * one in quoted words that tell no event dates none ({@link QuotedDates}: banners reading "... of 1988 ...").
 * A date the dates stage could not resolve ("on Saturday" in an undated report) is placed as
 * any other and leaves its events without a date ({@link UnresolvedDates}).
 * A hit that nothing else in the sentence dates still takes a date of a dropped trigger word (the
 * clause's date is the best the sentence offers), but never a modifier year. A hit left without a
 * date uses the fallback its type gets (see {@link EventStage}). A type keeps only one event per
 * date in a sentence. This class plans where the dates belong; {@link DateAssignment} gives each hit
 * its dates by that plan.
 */
final class DatePass {
    /** A hit with one date, and where that date was decided. */
    record Dated(Hit hit, String date, DatePrecision precision, Span anchor, String rule) {}

    /** A resolved date and the rule that chose it. */
    record Choice(String date, DatePrecision precision, String rule) {
        static final Choice NONE = new Choice(null, DatePrecision.UNKNOWN, "none");
    }

    private DatePass() {}

    /**
     * Which hit each date of a sentence belongs to: {@code attached} by hit, the dates other hits
     * may share ({@code free}), and those a hit takes only when nothing else dates it ({@code weak}:
     * the date of a dropped trigger word, of a reporting verb); {@code yardsticks}: the hits that
     * are only a record's measure ("the largest rallies since the 1990 uprising"), no event;
     * {@code reported}: by hit, the free dates inside the clause that hit, a reporting verb, reports.
     */
    record Plan(List<List<DateMention>> attached, List<DateMention> free, List<DateMention> weak, Set<Integer> yardsticks,
                List<List<DateMention>> reported) {
        /**
         * True when the sentence gives hit {@code i} a date that is not another hit's: one of its
         * own, or, with no date to share, the date of a dropped trigger word or a reporting verb.
         */
        boolean datesOwn(int i, Hit h, List<Token> tokens, Guards guards) {
            return !attached.get(i).isEmpty() || (!weak.isEmpty() && nearestUnbarred(sharable(i), h, tokens, guards) == null);
        }

        /** Every date of the sentence, free, weak or attached to a hit. */
        List<DateMention> all() {
            List<DateMention> out = new ArrayList<>(free);
            out.addAll(weak);
            attached.forEach(out::addAll);
            return out;
        }

        /**
         * The free dates hit {@code i} may share: not those of the clause it reports ("announced on
         * Sunday evening that the vote would be held on June 30" was said on Sunday).
         */
        List<DateMention> sharable(int i) {
            if (reported.get(i).isEmpty()) {
                return free;
            }
            List<DateMention> out = new ArrayList<>(free);
            out.removeAll(reported.get(i));
            return out;
        }
    }

    /**
     * @param hits    the sentence's surviving hits, in text order
     * @param dropped trigger hits of the sentence the passes dropped (a date right after one is its own)
     * @param dates   the usable date mentions inside the sentence, in text order
     * @param tokens  the sentence's tokens
     * @param guards  the date barriers and comparisons
     * @param lexicon the reporting verbs
     */
    static Plan plan(List<Hit> hits, List<Hit> dropped, List<DateMention> dates, List<Token> tokens,
                     Guards guards, EventLexicon lexicon) {
        List<List<DateMention>> attached = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            attached.add(new ArrayList<>());
        }
        List<DateMention> free = new ArrayList<>();
        List<DateMention> weak = new ArrayList<>();
        Set<Integer> yardsticks = new HashSet<>();
        int previousFirst = -1;
        int previousLast = -1;
        DateMention previous = null;
        for (DateMention told : dates) {
            DateMention earlier = previous;
            int first = tokenAt(tokens, told.span().start());
            // "on July 2 and 3": the pair's later day dates its events by the first day
            DateMention d = PairedDayDates.firstDayOf(told, previous, previousLast, first, hits, tokens);
            previous = told;
            boolean continues = first >= 0 && previousLast >= 0
                    && DateClauses.continuesDate(tokens, previousFirst, previousLast, first);
            previousFirst = first;
            previousLast = tokenAt(tokens, d.span().end() - 1);
            if (continues) {
                continue; // "1401 (March 2022 to March 2023)", "between 3 and 9 May": a gloss or the end of a range, no date of its own
            }
            if (StretchDates.claimed(d, first, tokenAt(tokens, d.span().end() - 1), hits, tokens, attached)) {
                continue; // "a day before the rallies": the rallies' day; "killed during unrest that began on 15 Nov.": then
            }
            if (d.rule().endsWith(DateStage.MOVED_TO)) {
                int moved = DateModifiers.movedNoun(first, hits);
                if (moved >= 0) {
                    attached.get(moved).add(d); // "elections, advanced from 2026 to April 2024": the elections' alone
                }
                continue;
            }
            if (first >= 0 && (guards.comparisonBefore(tokens, first) || PayPeriods.covered(first, tokens))) {
                // "lower than in last year's election": the landmark is dated by its possessive, and nothing else
                int last = tokenAt(tokens, d.span().end() - 1);
                for (int i = 0; i < hits.size(); i++) {
                    if (DroppedTriggerDates.possessiveOf(last, hits.get(i), tokens)) {
                        attached.get(i).add(d);
                    }
                }
                continue; // "the same period in 2022", "salaries for July and August" date nothing that happened
            }
            if (first >= 0 && ClauseDates.claimed(d, first, tokenAt(tokens, d.span().end() - 1), hits, tokens, attached, free)) {
                continue; // "the mayor, whose mandate ends in May, said"; "the largest since 2019, when police killed four"
            }
            if (!hits.isEmpty() && hits.stream().allMatch(h -> ClauseYears.inClauseAfter(h, d, first, hits, tokens))) {
                continue; // "marched, demanding allowances that were promised in 2023": the clause's year
            }
            if (QuotedDates.quotedApart(first, hits, tokens) || first >= 0 && LeadUps.attach(d, first, hits, dropped, tokens, attached)) {
                continue; // banners reading "... the henchman of 1988"; "in the run-up to the elections on March 1, activists ..."
            }
            int last = tokenAt(tokens, d.span().end() - 1);
            if (DateModifiers.possessiveYearOfThing(d, last, hits, dropped, tokens)) {
                continue; // "who won this year's chess prize" dates no event of the sentence
            }
            int vote = first < 0 ? -1 : VoteSetFor.voteOf(first, hits, tokens);
            if (vote >= 0) {
                attached.get(vote).add(d); // "a rally for a candidate in a by-election scheduled for 30 October": the vote's alone
                continue;
            }
            int noun = first < 0 ? DateModifiers.NEAREST
                    : DateModifiers.owner(d, first, last, hits, tokens, lexicon);
            int since = noun >= 0 ? PerfectStretches.sinceBeforeModifier(first, tokens) : -1;
            if (since >= 0 && tokens.get(since).lower().equals("since") && RankWords.before(since, tokens, PerfectStretches.RECORD_REACH)
                    && !CountedStretches.countsFrom(since, tokens, PerfectStretches.RECORD_REACH)) {
                List<Integer> landmarkActs = LandmarkClauses.toldOf(noun, last, hits, tokens);
                if (landmarkActs.isEmpty()) {
                    yardsticks.add(noun); // "the longest strikes since the 1986 uprising": the uprising is a measure, no event
                } else {
                    // "the largest since the 2009 election, when millions took to the streets": the report
                    // tells the landmark and what happened in it, both then
                    attached.get(noun).add(d);
                    landmarkActs.forEach(j -> attached.get(j).add(d));
                }
                continue;
            }
            if (RecordScopes.bounds(first, last, tokens)) {
                yardsticks.addAll(RecordScopes.measuredHits(first, hits, tokens)); // "the second strike this year": a rank's stretch
                // "the worst since the purge that followed the 2011 uprising, when crowds marched": the march then
                LandmarkClauses.whenOfNamedNoun(last, hits, tokens).forEach(j -> attached.get(j).add(d));
                continue;
            }
            int boycott = first < 0 || noun < 0 && noun != DateModifiers.NOBODY ? -1 : BoycottDates.boycottOf(first, hits, tokens);
            if (boycott >= 0) {
                attached.get(boycott).add(d); // "boycotted the January election": the boycott then too
            }
            if (noun >= 0) {
                attached.get(noun).add(d); // "the 2019 election", "Mozambique's October 9 election": that noun's alone
                // "convicted shortly before the Feb. 8 election": the conviction in that month
                NearLandmarks.actsNear(d, first, hits, tokens).forEach(j -> attached.get(j).add(NearLandmarks.monthOf(d)));
                // "a 2010 bombing in Mahabad, which killed twelve people": the killing then too
                RelativeClauses.whichClausesOf(noun, hits, tokens).forEach(j -> attached.get(j).add(d));
                // "the strikes of May 2011, when troops shot at miners", "the November 2019 uprising, when
                // forces killed 1,500": the shooting, the killing then too
                WhenClauses.hitsOf(noun, Math.max(last, hits.get(noun).last()), hits, tokens).forEach(j -> attached.get(j).add(d));
                // "rocked by mass protests since an Aug. 9 election": the stretch began then
                for (int j = 0; j < hits.size() && since >= 0; j++) {
                    if (j != noun && PerfectStretches.runsInto(hits.get(j), since, tokens)) {
                        attached.get(j).add(d);
                    }
                }
                // "protesters killed in the 2022 uprising": the killing then too
                DateModifiers.actInScene(first, noun, hits, tokens).forEach(j -> attached.get(j).add(d));
                if (DateModifiers.duringBefore(Math.min(first, hits.get(noun).first()), tokens)) {
                    free.add(d); // "a man arrested during the 2022 protests": then, the arrest too
                } else if (d.precision() == DatePrecision.YEAR && DateModifiers.openingAfterScene(first, noun, hits, tokens)) {
                    weak.add(d); // "After the 2018 election, soldiers opened fire": that year, if nothing else dates it
                }
                continue;
            }
            if (noun == DateModifiers.NOBODY) {
                int clause = RelativeClauses.clauseOfNamedNoun(last, hits, tokens);
                // or "the anniversary of the March 2018 uprising, in which police killed 900": the killing then
                clause = clause >= 0 ? clause : WithinWhich.clauseOfNamedNoun(last, hits, tokens);
                if (clause >= 0) {
                    attached.get(clause).add(d); // "rallies against the March 3 putsch that toppled the cabinet": the toppling then
                }
                // "the 2011 uprising, when tens of thousands took to the streets": the clause's acts then
                LandmarkClauses.whenOfNamedNoun(last, hits, tokens).forEach(j -> attached.get(j).add(d));
                int scene = DateModifiers.nounAfter(last, dropped);
                if (scene >= 0 && DateModifiers.duringBefore(Math.min(first, dropped.get(scene).first()), tokens)) {
                    free.add(d); // "a man arrested during the 2022 protests", the protests only its scene: then, the arrest
                }
                continue; // "a member of the 1988 commissions" dates no event of the sentence
            }
            if (first >= 0 && TimeClauseOpenings.inOpeningClause(first, last, tokens)) {
                for (List<DateMention> own : attached) {
                    own.add(d); // "When the army withdrew on 11 January, students marched": the march then too
                }
                free.add(d);
                continue;
            }
            if (first >= 0 && RelativeClauses.insideGapClause(first, hits, tokens)) {
                continue; // "the death sentence of three men who were transferred yesterday was carried out": the transfer's day
            }
            int owner = DroppedTriggerDates.owner(d, hits, dropped, tokens);
            int speech = owner == DateModifiers.NOBODY ? DroppedTriggerDates.addressedGathering(d, hits, dropped, tokens) : -1;
            if (speech >= 0 && DroppedTriggerDates.ofDroppedTrigger(d, dropped, tokens)) {
                attached.get(speech).add(d); // "addressed the summit on Monday": the speech was made then
            } else if (owner == DateModifiers.NOBODY && DroppedTriggerDates.ofDroppedTrigger(d, dropped, tokens)) {
                weak.add(d);
                if (first >= 0) {
                    attachToJoinedCall(d, DateClauses.reportingVerbBefore(tokens, first, lexicon), hits, tokens, attached);
                }
            } else if (owner >= 0) {
                attached.get(owner).add(d);
                if (!DateModifiers.separateEventBefore(first, tokens)
                        && !RelativeClauses.subjectClauseDate(first, tokenAt(tokens, d.span().end() - 1), hits, tokens)) {
                    // (not "drivers who organized a strike in December were sentenced": the strike's alone)
                    free.add(d); // "arrested at Sunday's protest": then; "following Wednesday's bombing": that noun's alone
                }
            } else if (owner == DateModifiers.NEAREST && DateModifiers.possessiveOfOtherEvent(first, last, tokens)) {
                weak.add(d); // "protests on Thursday amid anger over last month's train crash": the crash's date, not the protests'
            } else if (owner == DateModifiers.NEAREST && d.precision() == DatePrecision.DAY && first >= 1
                    && tokens.get(first - 1).lower().equals("by") && DateModifiers.tellsCount(tokens)) {
                // "by Wednesday morning the toll had reached 22": the day the count stood, not when they died
                // ("by May this had spread to 310 towns" still dates the spread, and so does "By Wednesday,
                // dockers had also laid down their tools": an act done by then, told of that day)
                weak.add(d);
            } else if (owner == DateModifiers.NEAREST && ShareCounts.countedAfterOwnDay(d, earlier, first, hits, tokens)) {
                weak.add(d); // "launched on Saturday ..., used 15,000 times by Monday": launched Saturday
            } else if (owner == DateModifiers.NEAREST) {
                int verb = first < 0 ? -1 : DateClauses.reportingVerbBefore(tokens, first, lexicon);
                if (verb < 0) {
                    verb = DateClauses.reportingVerbAfter(tokens, last, lexicon);
                }
                if (verb >= 0) {
                    // "the group said on Tuesday": the report's own date, the events' only as a last resort
                    int inSource = AttributedActs.actDatedInSource(verb, first, hits, tokens);
                    if (inSource >= 0) {
                        attached.get(inSource).add(d); // "according to the mother of a man executed in 1988": the execution's
                        continue;
                    }
                    boolean covered = false;
                    for (int i = 0; i < hits.size(); i++) {
                        if (hits.get(i).first() <= verb && verb <= hits.get(i).last()
                                || SpeechMedia.between(hits.get(i), verb, first, tokens)) {
                            attached.get(i).add(d);
                            covered = true;
                        }
                    }
                    if (!covered) {
                        attachToJoinedSpeech(d, verb, hits, tokens, attached);
                    }
                    weak.add(d);
                    continue;
                }
                int best = -1;
                int inAfter = -1; // a hit told in an "after" clause past the date takes it only when no other can
                for (int i = 0; i < hits.size(); i++) {
                    if (DateClauses.barred(hits.get(i), first, tokens, guards)
                            || ClauseYears.inClauseAfter(hits.get(i), d, first, hits, tokens)
                            || PerfectStretches.startsStretchBefore(hits.get(i), first, hits, tokens)
                            || DateClauses.reportsClauseWith(hits.get(i), first, tokens, lexicon)
                            || SpeechCoordination.dateInJoinedReport(hits.get(i), first, tokens, lexicon)
                            // "spread over the weekend, state media said on Monday": the statement's day is its own
                            || first < hits.get(i).first() && DatedClosings.speaks(tokens, hits.get(i))
                            || CallDates.objectsDay(tokens, hits.get(i), first)
                            // "condemned the killing on Monday": the condemnation's day
                            || ObjectsOfSpeech.objectBeforeDate(hits, i, first, tokens)) { // "urged X, whose conference opens on 27 May, to
                        continue;
                    }
                    if (AfterClauses.hitInsideAfter(hits.get(i), last, tokens)) {
                        inAfter = inAfter < 0 ? i : inAfter;
                    } else if (best < 0 || distance(hits.get(i), d.span()) < distance(hits.get(best), d.span())) {
                        best = i;
                    }
                }
                best = best < 0 ? inAfter : best;
                int nearest = best;
                best = ClauseSequence.closesVerbBefore(best, d, hits, tokens);
                if (best >= 0 && DroppedTriggerDates.addressedBefore(hits.get(best), first, dropped, tokens)) {
                    attached.get(best).add(d); // "told a press conference in Kano on Friday": the speech then
                } else if (best >= 0 && DroppedTriggerDates.droppedJustBefore(first, hits.get(best), hits, dropped, tokens)) {
                    // "filled the streets on Saturday ... a collapse that killed 15 people in
                    // November": the date is the ruled-out trigger's, not the protest's
                    weak.add(d);
                } else if (best >= 0) {
                    attached.get(best).add(d);
                    if ((best == nearest || hits.get(best).trigger().form() == Trigger.Form.ACT)
                            && !ClauseSequence.laterAfter(tokens, last) && !ReducedRelatives.datesParticiple(first, tokens, hits)
                            && !RelativeClauses.subjectClauseDate(first, last, hits, tokens)) {
                        free.add(d);
                    } // else "a rally on 3 May, and later was detained", "drivers who organized a strike in December
                      // were sentenced": the clause the date closes is its only one
                }
            }
        }
        List<List<DateMention>> reported = DateClauses.reportedBy(hits, free, tokens, lexicon);
        CrimeDates.bar(reported, hits, free, tokens); // "sentenced to death over a killing on November 16": the killing's day
        return new Plan(attached, free, weak, yardsticks, reported);
    }

    /**
     * Gives date {@code d} of the reporting verb at {@code verb}, which no hit covers, to the speech
     * verb joined to it by "and", which took its place as the statement's trigger: "told the agency
     * on Monday that ... and denied ...": the denial was made when the speaker spoke.
     */
    private static void attachToJoinedSpeech(DateMention d, int verb, List<Hit> hits, List<Token> tokens,
                                             List<List<DateMention>> attached) {
        for (int i = 0; i < hits.size(); i++) {
            if (SpeechCoordination.speaksAfterVerb(tokens, verb, hits.get(i))) {
                attached.get(i).add(d);
            }
        }
    }

    /**
     * Gives date {@code d} of the reporting verb at {@code verb} (-1: none) to the pressing speech
     * verb joined to it by "and", which took its place as the statement's trigger: "said on Friday
     * that ... and urged ...": the call was made when the speaker spoke.
     */
    private static void attachToJoinedCall(DateMention d, int verb, List<Hit> hits, List<Token> tokens,
                                           List<List<DateMention>> attached) {
        for (int i = 0; i < hits.size() && verb >= 0; i++) {
            if (SpeechCoordination.pressesAfterVerb(tokens, verb, hits.get(i))) {
                attached.get(i).add(d);
            }
        }
    }

    /** The free date nearest to hit {@code h} that no clause barrier separates from it, or null ({@link AfterClauses}). */
    private static DateMention nearestUnbarred(List<DateMention> free, Hit h, List<Token> tokens, Guards guards) {
        return AfterClauses.nearestUnbarred(free, h, tokens, guards);
    }

    /** Index of the token holding offset {@code at}, or -1. */
    static int tokenAt(List<Token> tokens, int at) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() <= at && at < t.end()) {
                return i;
            }
            if (t.start() > at) {
                return -1;
            }
        }
        return -1;
    }

    private static int distance(Hit h, Span b) {
        return distance(h.start(), h.end(), b);
    }

    /** Characters between two spans; 0 when they touch or overlap. */
    static int distance(Span a, Span b) {
        return distance(a.start(), a.end(), b);
    }

    /** Characters between {@code [start, end)} and {@code b}; 0 when they touch or overlap. */
    private static int distance(int start, int end, Span b) {
        if (start < b.end() && b.start() < end) {
            return 0;
        }
        return end <= b.start() ? b.start() - end : start - b.end();
    }
}
