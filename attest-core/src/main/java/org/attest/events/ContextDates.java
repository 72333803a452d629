package org.attest.events;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.attest.dates.IsoDates;
import org.attest.dates.DateStage;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Sentence;
import org.attest.model.Span;

/**
 * Which date mentions may date other sentences of their paragraph, or the report's lead (see
 * {@link org.attest.dates.DateResolver#of(Document, java.util.function.Predicate)}). Two kinds
 * may not, though they still date their own sentence's events as {@link DatePass} decides:
 * <ul>
 *   <li>a date that says which thing a noun means, when that noun is no event or a measure ("an October coup",
 *       "the 2021 takeover", "since the October 25 coup"): it tells of the coup, not of the
 *       killings the report is about ({@link DateModifiers#modifier}); nor may "the October
 *       elections", which says which vote the protests are about; "the 2022 protests" and
 *       "Sunday's protests" still may, unless a finer date before them in their sentence dates
 *       its news ("hanged two men on Tuesday who had been convicted over the 2022 protests");</li>
 *   <li>the start of a long period after "since": a date a month or more before the publication
 *       ("have been detained since 25 October" in a January report), or one that dates a noun
 *       that is no event ("since a coup on Oct. 25", "since the war began in 2011"). "Police have
 *       arrested 23 people since last Tuesday" dates those arrests, and the next sentences about
 *       them, by that Tuesday.</li>
 *   <li>the day of a figure's earlier value ("By Sunday their tally had stood at 12", {@link EarlierValues}):
 *       the count the sentence before raised, a point of comparison for the news after it;</li>
 *   <li>a point of comparison ("compared with 582 in 2022"), a year after "since" ("the highest
 *       since 2015"), and the backstory of a past perfect ("he had been arrested in 2019");</li>
 *   <li>a year in the possessive before a noun that is no event ("this year's prize");</li>
 *   <li>a past year of an event noun after "in/over/for ... the" behind an act of another type
 *       ("sentenced to death for their role in the 2022 protests"): the act's background;</li>
 *   <li>a possessive date of a noun set apart that is no event ("amid anger over last month's train
 *       crash"): the crash's date, not that of the protests told next;</li>
 *   <li>a date in a relative clause inside a phrase's gap ("the death sentence of three men who
 *       were transferred yesterday was carried out"): the clause's, as in its own sentence;</li>
 *   <li>a date in a lead-up frame that names an event ("in the run-up to the elections on March 1",
 *       {@link LeadUps}): the event's day, which the report's acts came before;</li>
 *   <li>a date inside quoted words that tell no event of its sentence ({@link QuotedDates}: banners
 *       reading "the henchman of 1988 must face justice"): as it dates none of its own sentence's
 *       events, it dates none of the next sentences';</li>
 *   <li>a date more than a week before the publication inside an aside set off by commas
 *       ({@link AsideDates}: "the colonel, who seized power on 3 May, stayed away"): the
 *       person's or thing's past, told in passing, not the time of the news the paragraph goes on with;</li>
 *   <li>a date beyond a clause barrier from every event of its sentence ("detained on charges of
 *       violating a ban enacted on March 24"): it dates the clause's noun.</li>
 * </ul>
 * Asked only for the few mentions the resolver considers; each is answered once, from its
 * sentence's tokens and hits ({@link SentenceTokens}, which the sentence loop reads again). One
 * instance per document (it remembers its answers).
 */
final class ContextDates implements Predicate<DateMention> {
    /**
     * Tokens "since" may stand before its date: "since a coup on Oct. 25", "since the alleged
     * police killing of 22-year-old Jane Roe in September" (a hyphen inside a word counts as one).
     */
    private static final int SINCE_REACH = 12;
    /** Words that tie a date to the noun before it after "since" ("since a coup on Oct. 25"). */
    private static final Set<String> SINCE_LINKS = HashLookup.setOf("on", "in", "of", "began", "started", "broke");

    private final List<Sentence> sentences;
    /** The document's date mentions, in text order. */
    private final List<DateMention> dates;
    /** The sentences' tokens and hits, shared with the sentence loop. */
    private final SentenceTokens sentenceTokens;
    private final Guards guards;
    /** A month before the publication date, or null when the document has none. */
    private final String monthBeforePublication;
    /** The publication's year, or null. */
    private final String publicationYear;
    /** A week before the publication date, or null: an aside's date before it is background. */
    private final String weekBeforePublication;
    /** Answers so far, by the mention's start offset. */
    private final Map<Integer, Boolean> answers = new HashMap<>();

    ContextDates(Document doc, SentenceTokens sentenceTokens, Guards guards) {
        this.sentences = doc.sentences();
        this.dates = doc.dates();
        this.guards = guards;
        this.sentenceTokens = sentenceTokens;
        LocalDate p = doc.published();
        this.monthBeforePublication = p == null ? null : p.minusMonths(1).toString();
        this.publicationYear = p == null ? null : String.valueOf(p.getYear());
        this.weekBeforePublication = p == null ? null : p.minusDays(7).toString();
    }

    @Override
    public boolean test(DateMention m) {
        // the paragraph fallback asks again for each later sentence: answer each mention once
        return answers.computeIfAbsent(m.span().start(), k -> decide(m));
    }

    private boolean decide(DateMention m) {
        if (m.rule().endsWith(DateStage.MOVED_TO)) {
            return false; // "the vote, moved from 2026 to April 2024": a plan's new day, no time of other sentences
        }
        int si = Span.indexHolding(sentences, Sentence::span, m.span().start());
        if (si < 0) {
            return true;
        }
        Sentence s = sentences.get(si);
        List<Token> tokens = sentenceTokens.tokens(si);
        int first = DatePass.tokenAt(tokens, m.span().start());
        int last = DatePass.tokenAt(tokens, m.span().end() - 1);
        if (first < 1 || last < 0) {
            return true;
        }
        if (DateModifiers.madeThingFrom(first, last, tokens)) {
            return false; // "for online posts from 2021": which posts, no time of the next sentences' news
        }
        if (QuotedDates.quotedApart(first, sentenceTokens.hits(si), tokens)) {
            return false; // banners reading "the henchman of 1988 must face justice": dates no event of its own sentence, nor of the next
        }
        if (LeadUps.namesEvent(first, sentenceTokens.hits(si), List.of(), tokens)) {
            return false; // "in the run-up to the elections on March 1": the vote's day, which the report's acts came before
        }
        if (guards.comparisonForContext(tokens, first)) {
            return false; // "compared with 582 in 2022": a point of comparison dates nothing that happened
        }
        if (EarlierValues.told(tokens)) {
            return false; // "By Sunday their tally had stood at 12": the day of a count since passed, a point of comparison
        }
        if (weekBeforePublication != null && IsoDates.compareAtSharedPrecision(m.value(), weekBeforePublication) < 0
                && AsideDates.hitsInside(first, last, sentenceTokens.hits(si), tokens).isPresent()) {
            return false; // "The colonel, who seized power on 3 May, stayed away.": a person's past, no day of the next news
        }
        boolean modifier = DateModifiers.modifier(m, first, last, tokens);
        if (modifier && sinceOpensPhrase(first, tokens)) {
            return false; // "since the end of the 2011 revolution": the start of a stretch, no day of other news
        }
        int since = sinceBefore(first, tokens);
        if (modifier && !possessive(tokens.get(first - 1))) {
            List<Hit> hits = sentenceTokens.hits(si);
            // "the 2022 protests" dates the protests, unless a finer date before it in the sentence
            // dates its news: "hanged two men on Tuesday who had been convicted over the 2022 protests"
            // "took the 2024 figure to 198": the year of a count is its events' too
            int noun = DateModifiers.nounAfter(last, hits);
            if (noun >= 0 && backgroundOfAct(m, first, hits.get(noun), hits, tokens)) {
                return false; // "sentenced ... for their role in the 2022 protests": the sentence's background, no time of the next
            }
            return (noun >= 0 && !measure(hits.get(noun)) && !ELECTION.equals(hits.get(noun).type())
                    || DateModifiers.tallyAfter(last, tokens))
                    && !finerDateBefore(m, s);
        }
        if (since < 0) {
            List<Hit> hits = sentenceTokens.hits(si);
            if (DateModifiers.possessiveYearOfThing(m, last, hits, List.of(), tokens)) {
                return false; // "who won this year's prize": which prize, no time of the next sentences
            }
            if (AttributedActs.datesActInSource(first, hits, tokens)) {
                return false; // "according to the mother of a prisoner executed in 1988": the execution's, not the next news'
            }
            return !behindBarriers(first, tokens, hits) && !backstory(first, tokens, hits)
                    && !measureSince(first, tokens, hits) && !RelativeClauses.insideGapClause(first, hits, tokens)
                    && !ReducedRelatives.datesParticiple(first, tokens, hits)
                    && !(DateModifiers.possessiveOfOtherEvent(first, last, tokens) && DateModifiers.nounAfter(last, hits) < 0);
        }
        if (since == first - 1 && m.precision() == DatePrecision.YEAR) {
            return false; // "the highest number since 2015": years of a stretch, no day of the news
        }
        if (monthBeforePublication != null && IsoDates.compareAtSharedPrecision(m.value(), monthBeforePublication) < 0) {
            return false; // "detained since 25 October", written in January: a long stretch, not a day
        }
        if (since == first - 1) {
            return true; // "since last Tuesday"
        }
        // "since a coup on Oct. 25": the date is the coup's; "since protests began on Monday" is an event's
        List<Hit> hits = sentenceTokens.hits(si);
        for (Hit h : hits) {
            if (h.first() > since && h.last() < first && !measure(h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a measure's verb stands between "since" and the date at token {@code first}, in one
     * clause: "trials open since he was ousted last year" dates the ouster, the start of a stretch
     * the report looks back over; its year is no time of the arrest or the protests told beside it.
     */
    private static boolean measureSince(int first, List<Token> tokens, List<Hit> hits) {
        int since = -1;
        for (int k = first - 1; k >= Math.max(0, first - SINCE_REACH); k--) {
            Token t = tokens.get(k);
            if (!t.word() || t.clauseBreak()) {
                break;
            }
            if (t.lower().equals("since")) {
                since = k;
                break;
            }
        }
        for (Hit h : hits) {
            if (since >= 0 && h.first() > since && h.last() < first && measure(h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the hit names a political measure or a seizure of power (type {@code other}): "the
     * October 25 coup", "since a coup on Oct. 25" date the coup, which a report of the killings after
     * it tells as background; its date is no time of the report's other events.
     */
    private static boolean measure(Hit h) {
        return OTHER.equals(h.trigger().type());
    }

    private static final String OTHER = "other";
    /** "the October elections" says which vote a report's protests are about, not when they happen. */
    private static final String ELECTION = "election";

    /** Prepositions that make a dated event noun the background of an act before it ("for their role in the 2022 protests"). */
    private static final Set<String> BACKGROUND_LINKS = WordSets.named("background-links");

    /**
     * True when the year {@code m}, before the publication's year, names an event noun after
     * "in/over/for ... the" and an act of another type is told before it in its sentence: "four
     * people had been sentenced to death for their role in the 2022 protests". The protests are
     * the sentence's background; the report's next sentences tell its news, not of that year.
     */
    private boolean backgroundOfAct(DateMention m, int first, Hit noun, List<Hit> hits, List<Token> tokens) {
        if (m.precision() != DatePrecision.YEAR || publicationYear == null || m.value().compareTo(publicationYear) >= 0
                || first < 2 || !DateClauses.DETERMINERS.contains(tokens.get(first - 1).lower())
                || !BACKGROUND_LINKS.contains(tokens.get(first - 2).lower())) {
            return false;
        }
        for (Hit h : hits) {
            if (h.last() < first - 2 && h.trigger().form() == Trigger.Form.ACT && !h.type().equals(noun.type())) {
                return true;
            }
        }
        return false;
    }

    /** True when a date of the sentence before {@code m} is finer than it ("on Tuesday" before "the 2022 protests"). */
    private boolean finerDateBefore(DateMention m, Sentence s) {
        for (DateMention d : dates) {
            if (d.span().start() >= m.span().start()) {
                break;
            }
            if (d.span().start() >= s.span().start() && d.value() != null && d.precision().ordinal() < m.precision().ordinal()) {
                return true;
            }
        }
        return false;
    }

    /** Tokens between an event noun and a date that is the noun's own ("rallies on March 2"). */
    private static final int NOUN_REACH = 2;

    /**
     * True when the sentence's verbs of events all stand before the date at token {@code first},
     * each behind a clause barrier from it, and no event noun stands right before it: "42
     * protesters had been detained on charges of violating a ban on protests enacted by the
     * cabinet on March 24" dates the ban, a thing the report is not about.
     */
    private boolean behindBarriers(int first, List<Token> tokens, List<Hit> hits) {
        boolean verbs = false;
        for (Hit h : hits) {
            if (h.trigger().form() != Trigger.Form.ACT || nounInUse(h, tokens)) {
                if (h.last() < first && first - h.last() <= NOUN_REACH) {
                    return false; // "the rallies on March 2"
                }
                continue;
            }
            verbs = true;
            if (!DateClauses.barred(h, first, tokens, guards)) {
                return false;
            }
        }
        return verbs;
    }

    /**
     * True when the event verb nearest before the date at token {@code first} is in the past
     * perfect ("He had been arrested in 2019 and sentenced to death"): the backstory of the
     * sentence after it ("Two prisoners were executed in Sanandaj"), not its time.
     */
    private static boolean backstory(int first, List<Token> tokens, List<Hit> hits) {
        Hit verb = null;
        for (Hit h : hits) {
            if (h.last() < first && h.trigger().form() == Trigger.Form.ACT && !nounInUse(h, tokens)) {
                verb = h;
            }
        }
        if (verb == null) {
            return false;
        }
        int k = verb.first() - 1;
        if (k >= 0 && tokens.get(k).lower().equals("been")) {
            k--;
        }
        return k >= 0 && tokens.get(k).lower().equals("had");
    }

    /** True when a preposition or a determiner stands right before the hit: "a ban on protests" names no act. */
    private static boolean nounInUse(Hit h, List<Token> tokens) {
        if (h.first() < 1) {
            return false;
        }
        String w = tokens.get(h.first() - 1).lower();
        return DateClauses.LINKS.contains(w) || DateClauses.DETERMINERS.contains(w);
    }

    /**
     * The index of "since" at most {@value #SINCE_REACH} tokens before token {@code first}, with
     * only words of one noun phrase between ("since a coup on"), or -1.
     */
    private static int sinceBefore(int first, List<Token> tokens) {
        for (int k = first - 1; k >= Math.max(0, first - SINCE_REACH); k--) {
            Token t = tokens.get(k);
            if (innerHyphen(tokens, k)) {
                continue; // "22-year-old": one word of the noun phrase
            }
            if (!t.word() || t.clauseBreak()) {
                return -1;
            }
            if (t.lower().equals("since")) {
                return k == first - 1 || SINCE_LINKS.contains(tokens.get(first - 1).lower()) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * True when "since" opens the noun phrase that the modifier date at token {@code first} stands
     * in, within {@value #SINCE_REACH} words and no clause break: "since the end of the 2011 revolution".
     */
    private static boolean sinceOpensPhrase(int first, List<Token> tokens) {
        for (int k = first - 1; k >= Math.max(0, first - SINCE_REACH); k--) {
            Token t = tokens.get(k);
            if (!t.word() || t.clauseBreak()) {
                return false;
            }
            if (t.lower().equals("since")) {
                return true;
            }
        }
        return false;
    }

    /** True when token {@code k} is a hyphen touching the words on both sides ("22-year-old"). */
    private static boolean innerHyphen(List<Token> tokens, int k) {
        return k > 0 && k + 1 < tokens.size() && tokens.get(k).surface().equals("-")
                && tokens.get(k - 1).end() == tokens.get(k).start() && tokens.get(k).end() == tokens.get(k + 1).start();
    }

    private static boolean possessive(Token t) {
        String w = t.lower();
        return w.endsWith("'s") || w.endsWith("\u2019s");
    }
}
