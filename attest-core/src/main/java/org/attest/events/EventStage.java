package org.attest.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.attest.Stage;
import org.attest.dates.DateResolver;
import org.attest.dates.ResolvedDate;
import org.attest.internal.Validate;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.attest.model.Sentence;
import org.attest.model.Span;

/**
 * The events stage: adds {@link Event}s, in text order, to a document whose sentences, places,
 * dates and quantities have been found.
 *
 * <p>For each sentence: {@link TriggerPass} finds lexicon phrases; the passes {@link CuePass},
 * {@link VictimPass}, {@link NegationPass}, {@link AgentPass}, {@link AppealPass}, {@link BackgroundPass}, {@link HeadingPass},
 * {@link OverlapPass}, {@link SpeakerPass}, {@link SpokenOfEvents}, {@link DenialPass}, {@link ConditionalPlans}, {@link OwnStaffQuotes} and {@link AttributionPass} run in that order; then, with the document read so far, a hit that points
 * back to an event of its type already reported ("the rally", "their slogans") and a sentence about
 * a habit ("for years") give no event unless the sentence states a date of its own. A statement
 * frame dropped for such a hit alone comes back: it is then the sentence's news. {@link DatePass}
 * gives each surviving hit its date(s); a hit the sentence does not date takes, for a
 * one-per-report type (an election), the last date the text gave that type, else the date
 * {@link DateResolver#outside} finds (paragraph, lead, publication week, the document's year). Places are the place mentions in the
 * sentence (else those of the previous sentence of the paragraph when it had a trigger of the same
 * type); quantities are those in the sentence, each given to the nearest event when the sentence
 * has several; {@link ActorFinder} and {@link ClaimantFinder} fill actors and claimant.
 * {@link Event#trigger()} is the lexicon line as {@code type:phrase}. Headings, picture captions
 * ({@link PictureCaptions}) and lines opening with a credit give events too, but {@link SummaryLines}
 * drops those the body beside them repeats, and a caption's when the body tells its type on its day.
 *
 * <p>Pure: no I/O, no shared mutable state; linear in the text (one table lookup per token, one
 * lexicon lookup per distinct word of the document, binary searches for dates). A document
 * without sentences is returned with no events.
 */
public final class EventStage implements Stage {
    private final EventLexicon lexicon;
    private final TriggerPass triggers;
    private final List<HitPass> passes;
    private final AttributionPass attribution = new AttributionPass();
    private final ActorFinder actors;
    private final ClaimantFinder claimants;
    /** The lexicon's rally lines by noun, for {@link RalliesAbroad}; gathered once, not per document. */
    private final Map<String, Trigger> rallyLines;

    public EventStage(EventLexicon lexicon) {
        this.lexicon = Validate.notNull(lexicon, "lexicon");
        this.triggers = new TriggerPass();
        // victims first: "warned against the execution of two protesters" names victims even when the execution is no event
        this.passes = List.of(new CuePass(), new VictimPass(lexicon), new NegationPass(lexicon), new AgentPass(),
                new AppealPass(), new BackgroundPass(), new HeadingPass(), new OverlapPass(), new OneGatheringPass(), new SloganPass(),
                new SpeakerPass(lexicon), new SpokenOfEvents(), new DenialPass(), new ConditionalPlans(),
                new OwnStaffQuotes());
        this.actors = new ActorFinder(lexicon);
        this.claimants = new ClaimantFinder(lexicon);
        this.rallyLines = RalliesAbroad.rallyLines(lexicon);
    }

    @Override
    public String name() {
        return "events";
    }

    /** The lexicon this stage was built from. */
    public EventLexicon lexicon() {
        return lexicon;
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Sentence> sentences = document.sentences();
        Tokenizer tokenizer = new Tokenizer(text, lexicon);
        SentenceTokens sentenceTokens = new SentenceTokens(sentences, text.length(), tokenizer, triggers);
        // a date that names a coup ("the October 25 coup") or opens a long stretch ("since 25 October") dates no other sentence
        DateResolver resolver = DateResolver.of(document, new ContextDates(document, sentenceTokens, lexicon.guards()));
        DatePass.Choice publicationDay = document.published() == null ? null
                : new DatePass.Choice(document.published().toString(), DatePrecision.DAY, PerfectLeads.RULE + " report");
        ReportsOfToday reportsOfToday = new ReportsOfToday(document, resolver.lead(), sentenceTokens, lexicon);
        DatePass.Choice perfectDay = document.published() == null ? null
                : new DatePass.Choice(document.published().toString(), DatePrecision.DAY, PerfectLeads.RULE + " sentence");
        List<DateMention> dates = resolver.usable();
        SpanIndex placeSpans = new SpanIndex(document.places().stream().map(p -> p.span()).toList());
        SpanIndex quantitySpans = new SpanIndex(document.quantities().stream().map(q -> q.span()).toList());
        SpanIndex dateSpans = new SpanIndex(document.dates().stream().map(DateMention::span).toList());
        SpanIndex usableSpans = new SpanIndex(dates.stream().map(DateMention::span).toList());
        UnresolvedDates unresolved = new UnresolvedDates(document); // "on Saturday" in an undated report: no day, none invented
        Predicate<Span> placeOrDate = sp -> placeSpans.overlapsAny(sp) || dateSpans.overlapsAny(sp);
        OrgMemory memory = new OrgMemory();
        RalliesAbroad ralliesAbroad = new RalliesAbroad(rallyLines, document.places());
        StrikeSenses strikes = new StrikeSenses(text);
        QuoteState quotes = new QuoteState();
        Guards guards = lexicon.guards();
        PictureCaptions pictures = PictureCaptions.of(document);
        int deck = Decks.find(text, document.title(), sentences, pictures::holds); // sums up the story as the title does
        SummaryLines.Top top = new SummaryLines.Top(Decks.headline(text, document.title(), sentences), deck,
                KeyPoints.find(text, sentences, pictures::holds));

        List<SummaryLines.Placed> placed = new ArrayList<>();
        TreeSet<Integer> body = new TreeSet<>();
        Set<String> reported = new HashSet<>();
        Map<Integer, Set<String>> toldAgain = new HashMap<>();
        OnePerReportDates lastDated = new OnePerReportDates(lexicon,
                document.published() == null ? null : document.published().toString());
        Retellings retellings = new Retellings(document.places());
        CountStatements counts = new CountStatements(); // "put the death toll at 23": the deaths' day
        SceneRecalls scenes = new SceneRecalls(); // "detained during that strike": the strike's date
        PerfectLeads perfectLeads = new PerfectLeads(document.places(), document.published());
        ToldOfOne ofOne = new ToldOfOne();
        RepeatedSentences repeated = new RepeatedSentences();
        Set<Hit> pointing = new HashSet<>();
        VoteMentions votes = new VoteMentions(retellings);
        Set<String> previousTypes = Set.of();
        List<Integer> previousPlaces = List.of();
        Set<String> previousSpeech = Set.of(); // the words of the sentence before, when it gave someone's words
        List<Integer> lastPlaces = List.of(); // the last sentence's, across paragraphs
        int previousParagraph = -1;
        Supplier<List<Token>> paragraphTokens = List::of;
        Supplier<List<Token>> cueTokens = List::of;
        for (int si = 0; si < sentences.size(); si++) {
            Sentence sentence = sentences.get(si);
            Span span = SentenceSpans.clip(sentence.span(), text.length());
            if (sentence.paragraph() != previousParagraph) {
                quotes.newParagraph();
                previousTypes = Set.of();
                previousPlaces = List.of();
                int first = si;
                paragraphTokens = Lazy.of(() -> sentenceTokens.paragraph(first));
                boolean oneSentence = si + 1 >= sentences.size() || sentences.get(si + 1).paragraph() != sentence.paragraph();
                cueTokens = ParagraphContext.of(paragraphTokens, oneSentence,
                        first == 0 ? null : () -> sentenceTokens.tokens(first - 1));
            }
            previousParagraph = sentence.paragraph();
            if (span.length() == 0) {
                continue;
            }
            boolean picture = pictures.holds(span);
            boolean summary = picture || sentence.heading() || document.inBoilerplate(span) || top.story(sentence.paragraph());
            if (!summary && (body.isEmpty() || body.last() != sentence.paragraph())) {
                body.add(sentence.paragraph());
            }
            SentenceContext ctx = new SentenceContext(span, sentenceTokens.tokens(si), sentence.heading(),
                    paragraphTokens, cueTokens);
            // a sentence the page prints again word for word tells its events again (one without a
            // trigger needs no remembering: its copy has none either)
            List<Hit> found = sentenceTokens.hits(si);
            List<Hit> raw = found.isEmpty() || repeated.repeats(ctx.tokens()) ? List.of()
                    : HitLists.outsideDates(found, ctx.tokens(), dateSpans);
            List<Hit> hits = raw = strikes.withoutAttacks(raw, ctx.tokens()); // "the strike" pointing back to a drone strike
            for (int p = 0; p < passes.size() && !hits.isEmpty(); p++) {
                hits = passes.get(p).apply(ctx, hits);
            }
            List<DateMention> here = new ArrayList<>();
            for (int d : usableSpans.inside(span)) {
                here.add(dates.get(d));
            }
            if (picture && here.isEmpty()) {
                hits = List.of(); // a picture with no day of its own illustrates the story; a dated caption may report
            }
            // where the sentence's event is: "councillors from Kessel" introduces people, it moves no event
            List<Integer> sentencePlaces = PlaceRoles.whereAt(ctx.tokens(), document.places(), placeSpans.inside(span));
            boolean undated = dateSpans.inside(span).isEmpty(); // "since June 1981", though it dates no other sentence
            List<Hit> attributed = hits.isEmpty() ? hits : attribution.apply(ctx, hits);
            pointing.clear();
            List<DateMention> own = publicationDay == null ? unresolved.withWeekdays(here, span) : here;
            List<Hit> kept = PointingBack.without(lexicon, attributed, raw, here, own, ctx.tokens(), guards, reported, sentencePlaces, undated, pointing, retellings);
            if (kept.size() < attributed.size() && attributed.size() < hits.size()) {
                // the news that silenced a frame only pointed back ("..., in a statement, called the
                // election a sham"): the statement is then the sentence's news
                kept = attribution.apply(ctx, PointingBack.without(lexicon, hits, raw, here, own, ctx.tokens(), guards, reported, sentencePlaces, undated, pointing, retellings));
            }
            List<Hit> framed = hits; // the hits attribution was asked of: the frames it silenced among them
            hits = kept;
            if (here.isEmpty() && !hits.isEmpty() && guards.habitual(ctx.tokens())) {
                hits = HitLists.repeatedSpeech(hits, ctx.tokens()); // "officials have repeatedly denied ...": a stand still taken
            }
            if (!hits.isEmpty()) {
                hits = SpeakerBiographies.without(hits, ctx.tokens()); // "..,” said a man who was jailed in 2019"
            }
            if (!hits.isEmpty() && SelfDescriptions.describesItself(ctx.tokens())) {
                hits = List.of(); // "Today's briefing covers ...": the page lists its own topics
            }
            if (!hits.isEmpty()) { // "the sixth execution since 2021", "have rallied every week since 2022": ranked or recurring, dated or not
                hits = HitLists.matching(hits, h -> !RankedMentions.ranked(ctx.tokens(), h) && !RecurringRounds.recurring(ctx.tokens(), h));
            }
            if (here.isEmpty() && !sentence.heading() && !hits.isEmpty()) {
                hits = HitLists.withoutHabits(hits, ctx.tokens());
            } else if (!sentence.heading() && !hits.isEmpty()) { // "five more are on death row, and Sunday's hangings ..."
                hits = HitLists.matching(hits, h -> !PresentStates.placeHeld(ctx.tokens(), h));
            }
            // "three more were detained", "another protest": asked at most once per sentence, and only
            // where a day could make an event told again
            Supplier<Boolean> another = Lazy.of(() -> Retellings.saysAnother(ctx.tokens()));
            // a quote going over a told event names its day ("the killings yesterday"); a year or a
            // month in it counts a stretch ("834 were executed in 2023"), and "three more were
            // detained on Wednesday" another event: news of their own
            if (!hits.isEmpty() && !reported.isEmpty() && (here.isEmpty()
                    || here.stream().allMatch(m -> m.precision() == DatePrecision.DAY) && !another.get())) {
                List<Hit> told = QuoteState.outsideSpeech(hits, ctx.tokens(), quotes.open(), t -> lexicon.reportedAlready(t, reported));
                for (int h = 0; h < hits.size() && !summary; h++) { // a quote going over told events still tells them, for headings beside it
                    toldAgain.computeIfAbsent(sentence.paragraph(), k -> new HashSet<>()).add(hits.get(h).type());
                }
                hits = told.isEmpty() ? QuoteState.framesOfQuote(framed, attributed) : told;
                if (!hits.isEmpty() && told.isEmpty()) { // the frame given back must point to nothing told
                    hits = PointingBack.without(lexicon, hits, raw, here, own, ctx.tokens(), guards, reported, sentencePlaces, undated, pointing, retellings);
                }
            }
            hits = hits.isEmpty() ? hits : ralliesAbroad.retype(hits, ctx.tokens(), sentencePlaces); // "rallies in London and Paris" in a report on Iran
            List<NameRun> runs = NameRun.find(text, ctx.tokens(), lexicon,
                    tok -> dateSpans.overlapsAny(new Span(tok.start(), tok.end())));
            String claimant = null;
            // only an event, or a quote opening here (its speaker), needs to know who says so
            if (!hits.isEmpty() || quotes.opensIn(ctx.tokens())) {
                claimant = claimants.find(text, ctx.tokens(), runs, memory, tok -> dateSpans.overlapsAny(new Span(tok.start(), tok.end())));
                if (claimant == null && quotes.open()) {
                    claimant = quotes.speaker();
                }
            }
            quotes.scan(ctx.tokens(), claimant);
            for (NameRun r : runs) {
                if (r.org()) {
                    memory.add(r.text());
                }
            }
            List<Integer> places = sentencePlaces; // whereAt of the same tokens and mentions
            // "9 people were detained there": at the places the sentence before named
            List<Integer> pointedPlaces = places.isEmpty() && !hits.isEmpty() && PlacePointers.pointsToPlace(ctx.tokens())
                    ? lastPlaces : places;
            lastPlaces = places;
            List<Hit> dropped = HitLists.dropped(raw, hits);
            for (DatePass.Dated d : DroppedTriggerDates.ofDropped(hits, dropped, here, ctx.tokens())) {
                lastDated.remember(d);
            }
            if (hits.isEmpty()) {
                previousTypes = Set.of();
                previousSpeech = SpeakerGoesOn.speakerWords(ctx.tokens(), raw, lexicon);
                previousPlaces = places;
                continue;
            }
            DatePass.Choice general = choice(resolver.outside(span));
            DatePass.Plan plan = DatePass.plan(hits, dropped, unresolved.with(here, span), ctx.tokens(), guards, lexicon);
            // "the minister has announced that ...": a report in the present perfect is of the day of publication;
            // so are the undated events of a sentence in the present perfect that only the lead or the week would date
            boolean perfect = publicationDay != null
                    && (general.rule().startsWith("lead") || general.rule().startsWith("published"))
                    && PresentPerfect.inSentence(ctx.tokens(), hits, lexicon);
            List<Hit> sentenceHits = hits;
            List<DatePass.Dated> assigned = PresentPerfect.presentOnDayOfWriting(DateAssignment.assign(hits, plan, ctx.tokens(), guards,
                    h -> {
                        DatePass.Choice told = counts.dateOf(h, ctx.tokens()); // each asked once: both scan the sentence
                        DatePass.Choice c = told != null ? told : scenes.sceneOf(h, sentenceHits, dropped, ctx.tokens());
                        return c != null ? c
                                : GatheringSpeech.atGathering(ctx.tokens(), h) ? general // "told the crowd": the gathering's day
                                : publicationDay != null && (PresentPerfect.report(ctx.tokens(), h, lexicon) || reportsOfToday.reportOfToday(h, general)
                                        || DatedClosings.leadOfState(ctx.tokens(), h)) ? publicationDay
                                : perfect ? lastDated.getOrDefault(h.type(), perfectDay) : lastDated.getOrDefault(h.type(), general);
                    }, t -> lexicon.type(t) != null && lexicon.type(t).onePerReport()),
                    ctx.tokens(), TimelineLines.opens(text, span, here) ? null : publicationDay); // "May 3: X announces"
            // "condemned it on Thursday" in an undated report: a day of the month its story tells
            assigned = UnresolvedDates.inStoryMonth(assigned, general, t -> lexicon.type(t) != null && lexicon.type(t).onePerReport());
            List<DatePass.Dated> oneEach = OccasionDates.nearestOnly(assigned, t -> lexicon.type(t) != null && lexicon.type(t).onePerReport());
            List<DatePass.Dated> fromFirstDay = SeriesStarts.started(text, dateSpans, oneEach); // "Day three of the strike": dated by its first day
            List<DatePass.Dated> onSpeakersDay = PronounSpeakers.onSpeakersDay(ctx, general, DeadlyAttacks.killingOnly(fromFirstDay));
            List<DatePass.Dated> dated = ralliesAbroad.oneDayEach(onSpeakersDay);
            List<Integer> quantities = quantitySpans.inside(span);
            Set<String> sentenceTypes = new HashSet<>(); // "shot dead when protesters gathered": two happenings told
            for (DatePass.Dated d : dated) {
                sentenceTypes.add(d.hit().type());
            }
            Set<String> types = new HashSet<>();
            Set<String> news = new HashSet<>(); // the types whose mentions here tell, not only name, an event
            boolean[] named = new boolean[dated.size()];
            List<Event> sentenceEvents = new ArrayList<>();
            for (int e = 0; e < dated.size(); e++) {
                DatePass.Dated d = dated.get(e);
                String type = d.hit().type();
                types.add(type);
                lastDated.remember(d);
                scenes.remember(d);
                if (!d.rule().startsWith("sentence") && SpeakerGoesOn.same(ctx.tokens(), d.hit(), previousSpeech)) {
                    sentenceEvents.add(null); // "The group said it had written ...": the statement before, told on
                    continue;
                }
                List<Integer> eventPlaces = !pointedPlaces.isEmpty() ? pointedPlaces
                        : previousTypes.contains(type) ? previousPlaces : List.of();
                List<Integer> eventQuantities = dated.size() == 1 ? quantities
                        : QuantityShares.nearestOnly(quantities, quantitySpans, dated, e);
                EventType known = lexicon.type(type);
                boolean onePerReport = known != null && known.onePerReport();
                // "the strike continued on Monday": a later day of the event told before, not a date against it
                String against = Retellings.goesOn(ctx.tokens(), d.hit()) ? null : d.date();
                // "Police said 11 people were killed": a source's count of a told event, with no day of its own
                boolean toll = here.isEmpty() && claimant != null && !eventQuantities.isEmpty()
                        && lexicon.reportedAlready(type, reported) && Retellings.tollType(type) && !Retellings.countsSince(ctx.tokens())
                        // "In Kelmar, 3,000 marched": a town no told event of the type had is a new event's
                        && (pointedPlaces.isEmpty() || retellings.placesTold(lexicon.pointsTo(type), pointedPlaces));
                // "Kestrel was detained on Wednesday" after "protests over the mayor's arrest": news of its own
                boolean anew = !summary && !onePerReport && !toll && !pointing.contains(d.hit())
                        && ActsToldAnew.tellsAnew(ctx.tokens(), d.hit(), d.rule());
                int first = summary || anew ? -1 : pointing.contains(d.hit()) || onePerReport ? retellings.pointedTo(lexicon.pointsTo(type), against)
                        : toll ? retellings.pointedTo(lexicon.pointsTo(type), against, t -> Retellings.sameSize(document.quantities(),
                                placed.get(t).event().quantities(), eventQuantities) && !ofOne.others(t, document.quantities(),
                                placed.get(t).event().quantities(), eventQuantities))
                        : (d.rule().startsWith("sentence") || Retellings.contextDay(d.rule(), type)) && !another.get()
                                // "shot dead on Monday when protesters gathered": the sentence's own day; one only
                                // the lead dates goes over the day's protest still ("killed during a protest")
                                && !(d.rule().startsWith("sentence") && SettingsOfHappenings.toldBeside(type, sentenceTypes))
                        ? retellings.sameDay(type, d.date(), d.precision(), eventPlaces) : -1;
                // a report's election: a telling of the vote takes the place of a naming told before
                named[e] = onePerReport && !summary && !VoteMentions.tellsInSentence(ctx.tokens(), sentenceHits, d.hit());
                first = onePerReport && !summary ? votes.settle(type, named[e],
                        VoteMentions.datedByName(plan, hits.indexOf(d.hit())), first,
                        first < 0 && votes.elsewhere(type, ctx.tokens(), d.hit(), eventPlaces)) : first;
                if (first < 0 && !summary && !anew && !onePerReport && d.rule().startsWith("sentence") && !another.get()) {
                    // "Police have detained X." then "X was detained on Tuesday": the lead's day
                    first = perfectLeads.toldAgain(type, d.date(), d.precision(), sentence.paragraph(), eventPlaces);
                    if (first >= 0) {
                        placed.set(first, placed.get(first).withEvent(PerfectLeads.redated(placed.get(first).event(), d.date(), d.precision())));
                    }
                }
                if (first >= 0 && !summary && CrowdCounts.ownCrowd(type, placed.get(first).event(), span, document.quantities(), eventQuantities)) {
                    first = -1; // "officials said 600,000 people had marched": a count of its own
                }
                if (first == VoteMentions.NO_EVENT) {
                    sentenceEvents.add(null);
                    continue;
                }
                if (!named[e]) {
                    news.add(type);
                }
                if (first >= 0) {
                    List<Integer> restated = retellings.restatesCount(first, eventPlaces) ? eventQuantities : List.of();
                    placed.set(first, placed.get(first).withEvent(placed.get(first).event().retold(d.date(), d.precision(), eventPlaces, restated)));
                    sentenceEvents.add(null); // keeps the indexes of dated
                    toldAgain.computeIfAbsent(sentence.paragraph(), k -> new HashSet<>()).add(type);
                    continue;
                }
                sentenceEvents.add(new Event(type, d.date(), d.precision(), eventPlaces, eventQuantities,
                        actors.find(text, ctx.tokens(), runs, d.hit(), placeOrDate), claimant, span,
                        d.hit().trigger().id()));
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
                    EventType known = lexicon.type(event.type());
                    placed.add(new SummaryLines.Placed(event, sentence.paragraph(), summary,
                            summary && event.datePrecision() == DatePrecision.DAY && SummaryLines.statesDay(here, event.date())
                                    && (known == null || !known.onePerReport()), picture, !undated));
                    if (!summary) {
                        counts.remember(event);
                        // a protest dated by the lead is that day's protest as much as one whose sentence names the day
                        String rule = dated.get(e).rule();
                        retellings.add(event.type(), event.date(), event.datePrecision(), event.places(), placed.size() - 1,
                                (rule.startsWith("sentence") || Retellings.contextDay(rule, event.type()))
                                        && !Retellings.startsStretch(text, here, event.date()));
                        ofOne.add(placed.size() - 1, ctx.tokens(), dated.get(e).hit());
                        Hit hit = dated.get(e).hit();
                        // "have arrested", not "a sit-in" beside it; a verb only the week of publication dates
                        if (PresentPerfect.verb(ctx.tokens(), hit)
                                || PerfectLeads.publicationWeek(dated.get(e).rule(), event.datePrecision()) && hit.actionForm(ctx.tokens())) {
                            perfectLeads.add(dated.get(e).rule(), event, placed.size() - 1, sentence.paragraph());
                        }
                    }
                }
            }
            if (!summary) {
                // a heading or caption sums up; only the body's events are antecedents of "the ...", and
                // an election only named ("protests over the disputed election") none of "the vote was held"
                reported.addAll(news);
            }
            previousTypes = types;
            previousPlaces = places;
            previousSpeech = SpeakerGoesOn.speakerWords(ctx.tokens(), raw, lexicon); // a frame dropped beside its news counts
        }
        // a home raid whose next sentence names the people it took is that arrest
        // "this month's elections" and the results after it: the day a later sentence gives the vote
        return document.withEvents(VoteMonthDays.refine(HomeRaids.resolve(text, sentences, SummaryLines.resolve(placed, body, toldAgain, top)),
                t -> lexicon.type(t) != null && lexicon.type(t).onePerReport()));
    }

    private static DatePass.Choice choice(ResolvedDate r) {
        return r == null ? DatePass.Choice.NONE : new DatePass.Choice(r.value(), r.precision(), r.source());
    }
}
