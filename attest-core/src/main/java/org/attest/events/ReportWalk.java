package org.attest.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.attest.dates.DateResolver;
import org.attest.dates.ResolvedDate;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Sentence;
import org.attest.model.Span;

/**
 * One document read by {@link EventStage}, sentence by sentence, with what the report has told so
 * far. Made afresh for each document, so its state never outlives it. The reading is split in
 * steps of a sentence ({@link #read}) rather than one long loop: a method of that size is one the
 * JIT compilers give up on, and it then runs interpreted.
 */
final class ReportWalk {
    private final EventLexicon lexicon;
    private final List<HitPass> passes;
    private final AttributionPass attribution;
    private final ClaimantFinder claimants;
    private final SentenceEvents events;
    private final Document document;
    private final String text;
    private final List<Sentence> sentences;
    private final SentenceTokens sentenceTokens;
    private final DateResolver resolver;
    private final DatePass.Choice publicationDay;
    private final DatePass.Choice perfectDay;
    private final List<DateMention> dates;
    private final SpanIndex placeSpans;
    private final SpanIndex dateSpans;
    private final SpanIndex usableSpans;
    private final UnresolvedDates unresolved; // "on Saturday" in an undated report: no day, none invented
    private final OrgMemory memory = new OrgMemory();
    private final RalliesAbroad ralliesAbroad;
    private final StrikeSenses strikes;
    private final QuoteState quotes = new QuoteState();
    private final Guards guards;
    private final PictureCaptions pictures;
    private final SummaryLines.Top top;
    private final TreeSet<Integer> body = new TreeSet<>();
    private final Set<String> reported = new HashSet<>();
    private final Map<Integer, Set<String>> toldAgain = new HashMap<>();
    private final OnePerReportDates lastDated;
    private final CountStatements counts = new CountStatements(); // "put the death toll at 23": the deaths' day
    private final SceneRecalls scenes = new SceneRecalls(); // "detained during that strike": the strike's date
    private final RepeatedSentences repeated = new RepeatedSentences();
    private final Set<Hit> pointing = new HashSet<>();
    private final Retellings retellings;
    // carried from one sentence to the next
    private Set<String> previousSpeech = Set.of(); // the words of the sentence before, when it gave someone's words
    private List<Integer> lastPlaces = List.of(); // the last sentence's, across paragraphs
    private int previousParagraph = -1;
    private Supplier<List<Token>> paragraphTokens = List::of;
    private Supplier<List<Token>> cueTokens = List::of;

    ReportWalk(EventLexicon lexicon, TriggerPass triggers, List<HitPass> passes, AttributionPass attribution,
            ActorFinder actors, ClaimantFinder claimants, Map<String, Trigger> rallyLines, Document document) {
        this.lexicon = lexicon;
        this.passes = passes;
        this.attribution = attribution;
        this.claimants = claimants;
        this.document = document;
        this.text = document.text();
        this.sentences = document.sentences();
        Tokenizer tokenizer = new Tokenizer(text, lexicon);
        this.sentenceTokens = new SentenceTokens(sentences, text.length(), tokenizer, triggers);
        // a date that names a coup ("the October 25 coup") or opens a long stretch ("since 25 October") dates no other sentence
        this.resolver = DateResolver.of(document, new ContextDates(document, sentenceTokens, lexicon.guards()));
        this.publicationDay = document.published() == null ? null
                : new DatePass.Choice(document.published().toString(), DatePrecision.DAY, PerfectLeads.RULE + " report");
        this.perfectDay = document.published() == null ? null
                : new DatePass.Choice(document.published().toString(), DatePrecision.DAY, PerfectLeads.RULE + " sentence");
        this.dates = resolver.usable();
        this.placeSpans = new SpanIndex(document.places().stream().map(p -> p.span()).toList());
        SpanIndex quantitySpans = new SpanIndex(document.quantities().stream().map(q -> q.span()).toList());
        this.dateSpans = new SpanIndex(document.dates().stream().map(DateMention::span).toList());
        this.usableSpans = new SpanIndex(dates.stream().map(DateMention::span).toList());
        this.unresolved = new UnresolvedDates(document);
        Predicate<Span> placeOrDate = sp -> placeSpans.overlapsAny(sp) || dateSpans.overlapsAny(sp);
        this.ralliesAbroad = new RalliesAbroad(rallyLines, document.places());
        this.strikes = new StrikeSenses(text);
        this.guards = lexicon.guards();
        this.pictures = PictureCaptions.of(document);
        int deck = Decks.find(text, document.title(), sentences, pictures::holds); // sums up the story as the title does
        this.top = new SummaryLines.Top(Decks.headline(text, document.title(), sentences), deck,
                KeyPoints.find(text, sentences, pictures::holds));
        this.lastDated = new OnePerReportDates(lexicon, document.published() == null ? null : document.published().toString());
        this.retellings = new Retellings(document.places());
        this.events = new SentenceEvents(lexicon, actors, document, quantitySpans, placeOrDate, lastDated, scenes, counts,
                retellings, reported, toldAgain, pointing);
    }

    /** The document with its events, once every sentence is read. */
    Document events() {
        for (int si = 0; si < sentences.size(); si++) {
            read(si);
        }
        // a home raid whose next sentence names the people it took is that arrest
        // "this month's elections" and the results after it: the day a later sentence gives the vote
        // "said at the time": the time of the act told before it (ThenMarkers); "since 2016, including
        // 40 in May 2023": the tally's dated part (IncludedDays)
        // a strike dated after the day of writing is its call (AnnouncedStrikes); "Sylhet, 11 October: ..."
        // under "Deaths reported since October:" is a death of its own (IncidentLists)
        // two mentions of one town in a sentence are one place of its event (DistinctPlaces)
        return document.withEvents(DistinctPlaces.of(document.places(), IncidentLists.add(text, sentences, document.dates(), document.places(),
                AnnouncedStrikes.resolve(text, document.published(), IncludedDays.redate(text, document.dates(),
                ThenMarkers.redate(text, document.dates(),
                VoteMonthDays.refine(HomeRaids.resolve(text, sentences, SummaryLines.resolve(events.placed(), body, toldAgain, top)),
                        t -> lexicon.type(t) != null && lexicon.type(t).onePerReport())))))));
    }

    private void read(int si) {
        Sentence sentence = sentences.get(si);
        Span span = SentenceSpans.clip(sentence.span(), text.length());
        if (sentence.paragraph() != previousParagraph) {
            quotes.newParagraph();
            events.newParagraph();
            int first = si;
            paragraphTokens = Lazy.of(() -> sentenceTokens.paragraph(first));
            boolean oneSentence = si + 1 >= sentences.size() || sentences.get(si + 1).paragraph() != sentence.paragraph();
            cueTokens = ParagraphContext.of(paragraphTokens, oneSentence,
                    first == 0 ? null : () -> sentenceTokens.tokens(first - 1));
        }
        previousParagraph = sentence.paragraph();
        if (span.length() == 0) {
            return;
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
        List<Hit> raw = found.isEmpty() || repeated.repeats(ctx.tokens()) || CorrectionNotes.opens(ctx.tokens()) ? List.of()
                : HitLists.outsideDates(found, ctx.tokens(), dateSpans);
        raw = strikes.withoutAttacks(raw, ctx.tokens()); // "the strike" pointing back to a drone strike
        List<DateMention> here = new ArrayList<>();
        for (int d : usableSpans.inside(span)) {
            here.add(dates.get(d));
        }
        // where the sentence's event is: "councillors from Kessel" introduces people, it moves no event
        List<Integer> sentencePlaces = PlaceRoles.whereAt(ctx.tokens(), document.places(), placeSpans.inside(span));
        boolean undated = dateSpans.inside(span).isEmpty(); // "since June 1981", though it dates no other sentence
        // "three more were detained", "another protest": asked at most once per sentence, and only
        // where a day could make an event told again
        Supplier<Boolean> another = Lazy.of(() -> Retellings.saysAnother(ctx.tokens()));
        List<Hit> hits = news(ctx, sentence, raw, here, sentencePlaces, undated, picture, summary, another);
        List<NameRun> runs = NameRun.find(text, ctx.tokens(), lexicon,
                tok -> dateSpans.overlapsAny(new Span(tok.start(), tok.end())));
        String claimant = claimant(ctx, hits, runs);
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
            events.noneIn(places);
        } else {
            DatePass.Choice general = choice(resolver.outside(span));
            DatePass.Plan plan = DatePass.plan(hits, dropped, unresolved.with(here, span), ctx.tokens(), guards, lexicon);
            List<DatePass.Dated> dated = CallsOverStatements.without(dated(ctx, hits, dropped, here, general, plan));
            events.add(new SentenceEvents.Told(sentence, ctx, hits, dated, plan, here, places, pointedPlaces, runs, claimant,
                    summary, picture, undated, another, previousSpeech));
        }
        previousSpeech = SpeakerGoesOn.speakerWords(ctx.tokens(), raw, lexicon); // a frame dropped beside its news counts
    }

    /** The hits that tell news: those the passes keep, less those pointing back to what was told. */
    private List<Hit> news(SentenceContext ctx, Sentence sentence, List<Hit> raw, List<DateMention> here,
            List<Integer> sentencePlaces, boolean undated, boolean picture, boolean summary, Supplier<Boolean> another) {
        List<Hit> hits = raw;
        for (int p = 0; p < passes.size() && !hits.isEmpty(); p++) {
            hits = passes.get(p).apply(ctx, hits);
        }
        if (picture && here.isEmpty()) {
            hits = List.of(); // a picture with no day of its own illustrates the story; a dated caption may report
        }
        List<Hit> attributed = hits.isEmpty() ? hits : attribution.apply(ctx, hits);
        pointing.clear();
        List<DateMention> own = publicationDay == null ? unresolved.withWeekdays(here, ctx.span()) : here;
        List<Hit> kept = PointingBack.without(lexicon, attributed, raw, here, own, ctx.tokens(), guards, reported, sentencePlaces, undated, pointing, retellings);
        if (kept.size() < attributed.size() && attributed.size() < hits.size()) {
            // the news that silenced a frame only pointed back ("..., in a statement, called the
            // election a sham"): the statement is then the sentence's news
            kept = attribution.apply(ctx, PointingBack.without(lexicon, hits, raw, here, own, ctx.tokens(), guards, reported, sentencePlaces, undated, pointing, retellings));
        }
        List<Hit> framed = hits; // the hits attribution was asked of: the frames it silenced among them
        hits = withoutMentions(ctx, kept, here, sentence.heading());
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
        return hits.isEmpty() ? hits : ralliesAbroad.retype(hits, ctx.tokens(), sentencePlaces); // "rallies in London and Paris" in a report on Iran
    }

    /**
     * True when the lead's date that {@code general} gives is one of the sentence's own dates, which the
     * sentence's dating gave to something else ("called on the inquiry, set up on 2 February, ...", the
     * report's first sentence): an undated statement there is of the day of writing, not of that date.
     */
    private static boolean leadIsOwnDate(DatePass.Choice general, List<DateMention> here) {
        return general.rule().startsWith("lead") && general.date() != null
                && here.stream().anyMatch(d -> general.date().equals(d.value()));
    }

    /** Drops the hits that only mention an event: a stand, a habit, a rank, the page's own topics. */
    private List<Hit> withoutMentions(SentenceContext ctx, List<Hit> hits, List<DateMention> here, boolean heading) {
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
        if (here.isEmpty() && !heading && !hits.isEmpty()) {
            hits = HitLists.withoutHabits(hits, ctx.tokens());
        } else if (!heading && !hits.isEmpty()) { // "five more are on death row, and Sunday's hangings ..."
            hits = HitLists.matching(hits, h -> !PresentStates.placeHeld(ctx.tokens(), h));
        }
        return hits;
    }

    /** Who says so, when the sentence has an event or opens a quote (its speaker); the quote state follows the sentence. */
    private String claimant(SentenceContext ctx, List<Hit> hits, List<NameRun> runs) {
        String claimant = null;
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
        return claimant;
    }

    /** The date(s) of each hit: the sentence's own, else a told one, else what the context gives. */
    private List<DatePass.Dated> dated(SentenceContext ctx, List<Hit> hits, List<Hit> dropped, List<DateMention> here,
            DatePass.Choice general, DatePass.Plan plan) {
        Span span = ctx.span();
        // "the minister has announced that ...": a report in the present perfect is of the day of publication;
        // so are the undated events of a sentence in the present perfect that only the lead or the week would date
        boolean perfect = publicationDay != null
                && (general.rule().startsWith("lead") || general.rule().startsWith("published"))
                && PresentPerfect.inSentence(ctx.tokens(), hits, lexicon);
        List<Hit> sentenceHits = hits;
        Function<Hit, DatePass.Choice> fallback = h -> {
            DatePass.Choice told = counts.dateOf(h, ctx.tokens()); // each asked once: both scan the sentence
            DatePass.Choice c = told != null ? told : scenes.sceneOf(h, sentenceHits, dropped, ctx.tokens());
            return c != null ? c
                    : GatheringSpeech.atGathering(ctx.tokens(), h) ? scenes.gatheringOr(general) // "told the crowd": the gathering's day
                    : publicationDay != null && (PresentPerfect.report(ctx.tokens(), h, lexicon)
                            || DatedClosings.leadOfState(ctx.tokens(), h) || "statement".equals(h.type()) && leadIsOwnDate(general, here)) ? publicationDay
                    : lastDated.forHit(h, ctx.tokens(), perfect ? perfectDay : general);
        };
        List<DatePass.Dated> assigned = PresentPerfect.presentOnDayOfWriting(DateAssignment.assign(hits, plan, ctx.tokens(), guards,
                fallback, t -> lexicon.type(t) != null && lexicon.type(t).onePerReport()),
                ctx.tokens(), TimelineLines.opens(text, span, here) ? null : publicationDay); // "May 3: X announces"
        // "announced two more days of action next week": the saying is of the day of writing at the latest
        assigned = SpokenBeforeWriting.redate(assigned, ctx.tokens(), fallback, publicationDay);
        // "condemned it on Thursday" in an undated report: a day of the month its story tells
        assigned = UnresolvedDates.inStoryMonth(assigned, general, t -> lexicon.type(t) != null && lexicon.type(t).onePerReport());
        List<DatePass.Dated> oneEach = OccasionDates.nearestOnly(assigned, t -> lexicon.type(t) != null && lexicon.type(t).onePerReport());
        List<DatePass.Dated> fromFirstDay = SeriesStarts.started(text, dateSpans, oneEach); // "Day three of the strike": dated by its first day
        List<DatePass.Dated> onSpeakersDay = PronounSpeakers.onSpeakersDay(ctx, general, DeadlyAttacks.killingOnly(fromFirstDay));
        return ralliesAbroad.oneDayEach(onSpeakersDay);
    }

    private static DatePass.Choice choice(ResolvedDate r) {
        return r == null ? DatePass.Choice.NONE : new DatePass.Choice(r.value(), r.precision(), r.source());
    }
}
