package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops a person's undated remark: a plain reporting verb ("said", "says", "told", "tells") whose
 * speaker is one person, not a body, in a sentence that quotes the speaker's own words (a
 * quotation mark stands in it), and whose words the report does not date. "A police spokesman
 * said the march had failed", "Their lawyer, X, told reporters that ...", '"...," said Y, the head
 * of our field office', "He said the court had barred the march" give the colour, the
 * account or the opinion of someone interviewed for the story: a quote, no statement reported as
 * news. What a person says on a day the report names ("the finance minister said on Tuesday
 * that ...", "On Monday, X said ...") is that day's news and stays, and so does what a body says
 * ("the ministry said", "the commission said"), dated or not: {@link SpeakerPass} decides those.
 * Words given at a news conference are a public address too, like words to a rally (miss211).
 *
 * <p>The speaker is the short phrase before the verb back to a comma, a quote or the sentence's
 * start (and the name before an appositive that closes with a comma: "X, a union spokeswoman,
 * said"), or after a verb that a quote or comma leaves without a subject ('"...," said X'), cut
 * at its first "of" or "for" ("a spokesman for the police" is a spokesman). It is a person when it
 * holds a title one person holds ({@code personal-speaker-titles}: "spokesman", "commissioner",
 * "lawyer"), is "he", "she" or "I", or is a name: capitalised words with no word of a body, no
 * organisation's head word and no closing acronym. A lone capitalised word opening the sentence
 * is no name: "Kyiv said" is a government.
 *
 * <p>Cheap: only sentences with a quotation mark whose hits hold a plain statement verb are read.
 * An unquoted undated saying is left to {@link SpeakerPass}: it may tell a measure ("the adviser
 * told state radio that the wages had been paid").
 */
final class PersonalRemarks implements HitPass {
    /** Plain reporting verbs: "said", "told". */
    private static final Set<String> PLAIN_VERBS = WordSets.named("plain-report-verbs");
    /** Titles held by one person: "spokesman", "minister", "commissioner", "lawyer". */
    private static final Set<String> PERSONAL = WordSets.named("personal-speaker-titles");
    /** Words of an official speaker, bodies among them ("ministry", "commission", "police"). */
    private static final Set<String> OFFICIAL = WordSets.named("official-speakers");
    /** Days and months that date a saying: "on Sunday", "on 3 May". */
    private static final Set<String> DAYS = WordSets.named("speech-days");
    /** Days named from the report's own day: "today", "yesterday". */
    private static final Set<String> RELATIVE_DAYS = WordSets.named("speech-relative-days");
    /** Stretches after "last" or "this": "last week". */
    private static final Set<String> PERIODS = WordSets.named("speech-periods");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "i");
    /** Words that end the speaker's own phrase: "a spokesman for the police", "the head of the republic". */
    private static final Set<String> PHRASE_ENDS = Set.of("of", "for", "in", "at", "from", "with");
    /** Conjunctions that open a clause before its subject: ", but X said". */
    private static final Set<String> CONJUNCTIONS = Set.of("but", "and", "while", "as");
    /** Words between a speaker and the verb: "X has said", "X also told". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "later", "then", "again", "once");
    /** Tokens after the verb in which a day dates the saying: "told the crowd on Saturday". */
    private static final int DAY_REACH = 5;
    /** Tokens after the verb in which a gathering it is addressed to stands: "told the rally". */
    private static final int AUDIENCE_REACH = 3;
    /** Gatherings and audiences that words are addressed to in public: "told the crowd", "in her opening speech". */
    private static final Set<String> AUDIENCES = WordSets.named("public-address-audiences");
    /** Gatherings of the press: "conference", "briefing" (after "news" or "press"). */
    private static final Set<String> PRESS_GATHERINGS = WordSets.named("press-gatherings");
    private static final Set<String> PRESS = Set.of("news", "press");
    /** Words a speaker's phrase may hold at most. */
    private static final int SPEAKER_WORDS = 12;
    /** Words of a name at most: "Dr. Ana Maria Costa Lima". */
    private static final int NAME_WORDS = 5;

    private final EventLexicon lexicon;

    PersonalRemarks(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "personal-remarks";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        List<Token> tokens = sentence.tokens();
        if (!quoted(tokens) || hits.stream().noneMatch(h -> plainSpeech(tokens, h))) {
            return hits;
        }
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!(plainSpeech(tokens, h) && remark(tokens, h))) {
                kept.add(h);
            }
        }
        return kept;
    }

    /** True when a quotation mark stands in the sentence: the speaker's own words are given. */
    private static boolean quoted(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.quote()) {
                return true;
            }
        }
        return false;
    }

    private static boolean plainSpeech(List<Token> tokens, Hit h) {
        Token verb = tokens.get(h.last());
        Trigger.Form form = h.trigger().form();
        // a body's frame ("police =said") too: "a spokesman for the police said" is the spokesman's remark
        return h.type().equals("statement") && (form == Trigger.Form.SPEECH || form == Trigger.Form.FRAME) && verb.word()
                && PLAIN_VERBS.contains(verb.lower());
    }

    /** True when the verb's speaker is one person and nothing dates the saying. */
    boolean remark(List<Token> tokens, Hit h) {
        int verb = h.last();
        if (DatedSpeech.dated(tokens, h) || openingPeriod(tokens) || dayIn(tokens, verb + 1, Math.min(tokens.size() - 1, verb + DAY_REACH))
                || addressed(tokens, verb) || BareSayings.medium(tokens, verb)) {
            // "told the crowd on Saturday": that day's words; words given to a gathering are a public address;
            // "said on X that", "said in an email that" (stmt220): words given out in writing or on a platform
            return false;
        }
        int i = verb - 1;
        while (i >= 0 && tokens.get(i).word() && AUXILIARIES.contains(tokens.get(i).lower())) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        if (tokens.get(i).surface().equals(",") && i > 0 && tokens.get(i - 1).word()) {
            // "X, a union spokeswoman, said": the appositive, or the name before it
            int from = clauseStart(tokens, i - 1);
            if (dayIn(tokens, from, i - 1)) {
                return false;
            }
            if (person(tokens, from, i - 1, true)) {
                return true;
            }
            if (thing(tokens, from, i - 1)) {
                return false; // "X Exchange, which handles the wheat, said", "X Lines, a haulage body, said": a body
            }
            if (from >= 2 && tokens.get(from - 1).surface().equals(",") && tokens.get(from - 2).word()) {
                int name = clauseStart(tokens, from - 2);
                return person(tokens, name, from - 2, name > 0);
            }
            return false;
        }
        if (!tokens.get(i).word()) {
            // '"...," said X': the speaker follows the verb, and a day or a speech after it dates or places the words
            int last = tokens.size() - 1;
            return !dayIn(tokens, verb + 1, last) && !audienceIn(tokens, verb + 1, last)
                    && person(tokens, verb + 1, clauseEnd(tokens, verb + 1), true);
        }
        int from = clauseStart(tokens, i);
        return !dayIn(tokens, from, i) && person(tokens, from, i, from > 0); // "X on Monday said" is dated
    }

    /** The first token of the phrase that ends at {@code end}: after a comma, quote, colon or the sentence's start. */
    private static int clauseStart(List<Token> tokens, int end) {
        int k = end;
        while (k >= 0 && (tokens.get(k).word() || tokens.get(k).surface().equals(".") || tokens.get(k).surface().equals("'"))) {
            k--;
        }
        return k + 1;
    }

    /** The last token of the phrase that opens at {@code from}: before a comma, quote or the sentence's end. */
    private static int clauseEnd(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && (tokens.get(k).word() || tokens.get(k).surface().equals("."))
                && !(tokens.get(k).surface().equals(".") && k + 1 == tokens.size())) {
            k++;
        }
        return k - 1;
    }

    /**
     * True when tokens {@code from..to} name one person: a personal title, a personal pronoun, or a
     * name. {@code inside}: the phrase does not open the sentence, so one capitalised word may be a name.
     */
    private boolean person(List<Token> tokens, int from, int to, boolean inside) {
        if (from <= to && tokens.get(from).word() && CONJUNCTIONS.contains(tokens.get(from).lower())) {
            from++; // ", but X told reporters": the clause's conjunction is no word of the speaker
        }
        int end = from;
        int words = 0;
        while (end <= to && !(tokens.get(end).word() && PHRASE_ENDS.contains(tokens.get(end).lower()) && end > from)) {
            words += tokens.get(end).word() ? 1 : 0;
            end++;
        }
        end--;
        if (words == 0 || words > SPEAKER_WORDS) {
            return false;
        }
        Token first = tokens.get(from);
        if (words == 1 && PERSONAL_PRONOUNS.contains(first.lower())) {
            return true;
        }
        boolean named = true;
        int capitals = 0;
        for (int k = from; k <= end; k++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                continue;
            }
            if (PERSONAL.contains(t.lower())) {
                return true;
            }
            boolean body = OFFICIAL.contains(t.lower()) || lexicon.isOrgHead(t) || t.acronym() && k == end;
            named &= t.capitalised() && !body;
            capitals++;
        }
        return named && capitals <= NAME_WORDS && (capitals > 1 || inside);
    }

    /** True when an appositive opens with "which" or holds a body's word: the name before it is a body's. */
    private boolean thing(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            if (t.word() && (k == from && t.lower().equals("which") || OFFICIAL.contains(t.lower()) && !PERSONAL.contains(t.lower())
                    || lexicon.isOrgHead(t))) {
                return true;
            }
        }
        return false;
    }

    /** True when a gathering or a speech stands right after the verb: "told the crowd", "said in her opening speech". */
    private static boolean addressed(List<Token> tokens, int verb) {
        for (int k = verb + 1; k < tokens.size() && k <= verb + AUDIENCE_REACH + 1; k++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            if (AUDIENCES.contains(t.lower()) || pressGathering(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when token {@code k} closes a gathering of the press ("news conference", "press
     * briefing"): a speaker who calls the press in gives out news in public, as at a rally; words
     * merely told to reporters stay a remark.
     */
    private static boolean pressGathering(List<Token> tokens, int k) {
        return k > 0 && PRESS_GATHERINGS.contains(tokens.get(k).lower()) && PRESS.contains(tokens.get(k - 1).lower());
    }

    /** True when a word of a gathering or a speech stands among tokens {@code from..to}: "said X, in her opening speech". */
    private static boolean audienceIn(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (tokens.get(k).word() && (AUDIENCES.contains(tokens.get(k).lower()) || pressGathering(tokens, k))) {
                return true;
            }
        }
        return false;
    }

    /** True when a day, a month or "last week" stands among tokens {@code from..to}. */
    private static boolean dayIn(List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from); k <= to; k++) {
            Token t = tokens.get(k);
            if (t.word() && (DAYS.contains(t.lower()) && t.capitalised() || RELATIVE_DAYS.contains(t.lower()))) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentence opens with a short dated phrase and a comma: "On Monday,", "Last week,". */
    private static boolean openingPeriod(List<Token> tokens) {
        for (int k = 0; k < tokens.size() && k < 6; k++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return t.surface().equals(",") && k > 0 && dayIn(tokens, 0, k - 1) || t.surface().equals(",") && period(tokens, k);
            }
        }
        return false;
    }

    private static boolean period(List<Token> tokens, int comma) {
        for (int k = 1; k < comma; k++) {
            if (PERIODS.contains(tokens.get(k).lower()) && Set.of("last", "this").contains(tokens.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }
}
