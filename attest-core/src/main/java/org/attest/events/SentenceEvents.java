package org.attest.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.attest.model.Sentence;
import org.attest.model.Span;

/**
 * The step of {@link ReportWalk} that turns a sentence's dated hits into events: each either tells
 * again an event placed before (which then takes the sentence's day, places or count) or is placed
 * as a new one, in the order of its anchor in the sentence. Holds the events placed so far in one
 * document.
 */
final class SentenceEvents {
    /**
     * One sentence's dated hits with what they are placed by.
     *
     * @param previousSpeech the words of the sentence before, when it gave someone's words
     */
    record Told(Sentence sentence, SentenceContext ctx, List<Hit> hits, List<DatePass.Dated> dated, DatePass.Plan plan,
            List<DateMention> here, List<Integer> places, List<Integer> pointedPlaces, List<NameRun> runs, String claimant,
            boolean summary, boolean picture, boolean undated, Supplier<Boolean> another, Set<String> previousSpeech) {}

    private final EventLexicon lexicon;
    private final ActorFinder actors;
    private final Document document;
    private final String text;
    private final SpanIndex quantitySpans;
    private final Predicate<Span> placeOrDate;
    private final OnePerReportDates lastDated;
    private final SceneRecalls scenes;
    private final CountStatements counts;
    private final Retellings retellings;
    private final Set<String> reported;
    private final Map<Integer, Set<String>> toldAgain;
    private final Set<Hit> pointing;
    private final List<SummaryLines.Placed> placed = new ArrayList<>();
    private final PerfectLeads perfectLeads;
    private final ToldOfOne ofOne = new ToldOfOne();
    private final VoteMentions votes;
    private Set<String> previousTypes = Set.of();
    private List<Integer> previousPlaces = List.of();

    SentenceEvents(EventLexicon lexicon, ActorFinder actors, Document document, SpanIndex quantitySpans,
            Predicate<Span> placeOrDate, OnePerReportDates lastDated, SceneRecalls scenes, CountStatements counts,
            Retellings retellings, Set<String> reported, Map<Integer, Set<String>> toldAgain, Set<Hit> pointing) {
        this.lexicon = lexicon;
        this.actors = actors;
        this.document = document;
        this.text = document.text();
        this.quantitySpans = quantitySpans;
        this.placeOrDate = placeOrDate;
        this.lastDated = lastDated;
        this.scenes = scenes;
        this.counts = counts;
        this.retellings = retellings;
        this.reported = reported;
        this.toldAgain = toldAgain;
        this.pointing = pointing;
        this.perfectLeads = new PerfectLeads(document.places(), document.published());
        this.votes = new VoteMentions(retellings);
    }

    /** The events placed so far, in text order. */
    List<SummaryLines.Placed> placed() {
        return placed;
    }

    /** A new paragraph: the sentence before no longer lends its places. */
    void newParagraph() {
        previousTypes = Set.of();
        previousPlaces = List.of();
    }

    /** A sentence with no event, at {@code places}. */
    void noneIn(List<Integer> places) {
        previousTypes = Set.of();
        previousPlaces = places;
    }

    /** Places the events of a sentence with hits, or tells again those placed before. */
    void add(Told s) {
        List<DatePass.Dated> dated = s.dated();
        List<Integer> quantities = quantitySpans.inside(s.ctx().span());
        Set<String> sentenceTypes = new HashSet<>(); // "shot dead when protesters gathered": two happenings told
        for (DatePass.Dated d : dated) {
            sentenceTypes.add(Strikes.kind(d.hit()));
        }
        Set<String> types = new HashSet<>();
        Set<String> news = new HashSet<>(); // the types whose mentions here tell, not only name, an event
        List<Event> sentenceEvents = new ArrayList<>();
        for (int e = 0; e < dated.size(); e++) {
            sentenceEvents.add(event(s, e, quantities, sentenceTypes, types, news));
        }
        // the anchors order the events of one sentence; spans are equal
        List<Integer> order = new ArrayList<>();
        for (int e = 0; e < dated.size(); e++) {
            order.add(e);
        }
        order.sort(Comparator.comparingInt(e -> dated.get(e).anchor().start()));
        for (int e : order) {
            Event event = sentenceEvents.get(e);
            if (event != null) {
                place(s, event, dated.get(e));
            }
        }
        if (!s.summary()) {
            // a heading or caption sums up; only the body's events are antecedents of "the ...", and
            // an election only named ("protests over the disputed election") none of "the vote was held"
            reported.addAll(news);
        }
        previousTypes = types;
        previousPlaces = s.places();
    }

    /** The new event of the sentence's {@code e}-th dated hit, or null when it tells one placed before again. */
    private Event event(Told s, int e, List<Integer> quantities, Set<String> sentenceTypes, Set<String> types, Set<String> news) {
        List<Token> tokens = s.ctx().tokens();
        boolean summary = s.summary();
        DatePass.Dated d = s.dated().get(e);
        // the kind a retelling is told by: a strike is its own (Strikes.kind), no "other" of many a day
        String type = Strikes.kind(d.hit());
        types.add(type);
        lastDated.remember(d);
        scenes.remember(d);
        if (!d.rule().startsWith("sentence") && SpeakerGoesOn.same(tokens, d.hit(), s.previousSpeech())) {
            return null; // "The group said it had written ...": the statement before, told on
        }
        if (!summary && CustodyEnds.endsToldArrest(d.hit(), s.here().isEmpty(), reported)) {
            return null; // "The other was released without charge": the end of the arrest told before
        }
        List<Integer> eventPlaces = !s.pointedPlaces().isEmpty() ? s.pointedPlaces()
                : previousTypes.contains(type) ? previousPlaces : List.of();
        List<Integer> eventQuantities = s.dated().size() == 1 ? quantities
                : QuantityShares.nearestOnly(quantities, quantitySpans, s.dated(), e);
        EventType known = lexicon.type(type);
        boolean onePerReport = known != null && known.onePerReport();
        // "the strike continued on Monday": a later day of the event told before, not a date against it
        String against = Retellings.goesOn(tokens, d.hit()) ? null : d.date();
        // "Police said 11 people were killed": a source's count of a told event, with no day of its own
        boolean toll = s.here().isEmpty() && s.claimant() != null && !eventQuantities.isEmpty()
                && lexicon.reportedAlready(type, reported) && Retellings.tollType(type) && !Retellings.countsSince(tokens)
                // "In Kelmar, 3,000 marched": a town no told event of the type had is a new event's
                && (s.pointedPlaces().isEmpty() || retellings.placesTold(lexicon.pointsTo(type), s.pointedPlaces()));
        // "Kestrel was detained on Wednesday" after "protests over the mayor's arrest": news of its own
        // "The gunmen opened fire on the guards": armed men's act, a step of the attack told on its own (viol220)
        boolean anew = !summary && !onePerReport && !toll && !pointing.contains(d.hit())
                && (ActsToldAnew.tellsAnew(tokens, d.hit(), d.rule()) || ActorLedActs.actorLed(tokens, d.hit()));
        int first = summary || anew ? -1 : pointing.contains(d.hit()) || onePerReport ? retellings.pointedTo(lexicon.pointsTo(type), against)
                : toll ? retellings.pointedTo(lexicon.pointsTo(type), against, t -> Retellings.sameSize(document.quantities(),
                        placed.get(t).event().quantities(), eventQuantities) && !ofOne.others(t, document.quantities(),
                        placed.get(t).event().quantities(), eventQuantities))
                : (d.rule().startsWith("sentence") || Retellings.contextDay(d.rule(), type)) && !s.another().get()
                        // "shot dead on Monday when protesters gathered": the sentence's own day; one only
                        // the lead dates goes over the day's protest still ("killed during a protest")
                        && !(d.rule().startsWith("sentence") && SettingsOfHappenings.toldBeside(type, sentenceTypes))
                ? retellings.sameDay(type, d.date(), d.precision(), eventPlaces) : -1;
        // a report's election: a telling of the vote takes the place of a naming told before
        boolean named = onePerReport && !summary && !VoteMentions.tellsInSentence(tokens, s.hits(), d.hit());
        first = onePerReport && !summary ? votes.settle(type, d.date(), named,
                VoteMentions.datedByName(s.plan(), s.hits().indexOf(d.hit())), first,
                first < 0 && votes.elsewhere(type, tokens, d.hit(), eventPlaces)) : first;
        if (first < 0 && !summary && !anew && !onePerReport && d.rule().startsWith("sentence") && !s.another().get()) {
            // "Police have detained X." then "X was detained on Tuesday": the lead's day
            first = perfectLeads.toldAgain(type, d.date(), d.precision(), s.sentence().paragraph(), eventPlaces);
            if (first >= 0) {
                placed.set(first, placed.get(first).withEvent(placed.get(first).event().withDate(d.date(), d.precision())));
            }
        }
        if (first >= 0 && !summary && CrowdCounts.ownCrowd(type, placed.get(first).event(), s.ctx().span(), document.quantities(), eventQuantities)) {
            first = -1; // "officials said 600,000 people had marched": a count of its own
        }
        if (first == VoteMentions.NO_EVENT) {
            return null;
        }
        if (!named) {
            news.add(type);
        }
        if (first >= 0) {
            List<Integer> restated = retellings.restatesCount(first, eventPlaces) ? eventQuantities : List.of();
            placed.set(first, placed.get(first).withEvent(placed.get(first).event().retold(d.date(), d.precision(), eventPlaces, restated)));
            toldAgain.computeIfAbsent(s.sentence().paragraph(), k -> new HashSet<>()).add(d.hit().type());
            return null; // keeps the indexes of dated
        }
        return new Event(d.hit().type(), d.date(), d.precision(), eventPlaces, eventQuantities,
                actors.find(text, tokens, s.runs(), d.hit(), placeOrDate), s.claimant(), s.ctx().span(),
                d.hit().trigger().id());
    }

    /** Adds a new event after those placed, and remembers it for the sentences after. */
    private void place(Told s, Event event, DatePass.Dated d) {
        int paragraph = s.sentence().paragraph();
        EventType known = lexicon.type(event.type());
        placed.add(new SummaryLines.Placed(event, paragraph, s.summary(),
                s.summary() && event.datePrecision() == DatePrecision.DAY && SummaryLines.statesDay(s.here(), event.date())
                        && (known == null || !known.onePerReport()), s.picture(), !s.undated()));
        if (s.summary()) {
            return;
        }
        List<Token> tokens = s.ctx().tokens();
        counts.remember(event);
        // a protest dated by the lead is that day's protest as much as one whose sentence names the day
        String rule = d.rule();
        String kind = Strikes.kind(d.hit());
        retellings.add(kind, event.date(), event.datePrecision(), event.places(), placed.size() - 1,
                (rule.startsWith("sentence") || Retellings.contextDay(rule, kind))
                        && !Retellings.startsStretch(text, s.here(), event.date()));
        ofOne.add(placed.size() - 1, tokens, d.hit());
        Hit hit = d.hit();
        // "have arrested", not "a sit-in" beside it; a verb only the week of publication dates
        if (PresentPerfect.verb(tokens, hit)
                || PerfectLeads.publicationWeek(d.rule(), event.datePrecision()) && hit.actionForm(tokens)) {
            perfectLeads.add(d.rule(), event, kind, placed.size() - 1, paragraph);
        }
    }
}
