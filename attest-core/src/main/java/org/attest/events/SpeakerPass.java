package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps a speech verb ({@link Trigger.Form#SPEECH}: "said", "warned", "called on") only when its
 * subject is an official speaker who opens the sentence's main clause: an officeholder named by
 * title ("Interior Minister X said", "the country's president, X, warned"), an institution
 * ("the Interior Ministry", "Amnesty International has accused", "the opposition") or a government
 * body. What such a speaker says, urges or denies is a statement reported as news. Witnesses,
 * residents, protesters, lawyers, relatives, unnamed sources and journalists only attribute; a
 * pronoun or a bare name ("He said", "Smith said") is mostly the same speaker quoted again (but an
 * official named before who goes on in a sentence opening "She said ..." speaks anew:
 * {@link PronounSpeakers}); a verb
 * closing the sentence ("..., police said.") or a quote only says who reports, unless the sentence
 * opens with the quote and an official speaker follows it ({@link QuotedOfficials}); a passive ("were
 * accused") or a subordinate clause ("which the minister said were ...") states no speech. One
 * such statement per sentence, and none beside another statement of the sentence. A force's plain
 * account ({@link ForceAccounts}: "Police said 30 people were hurt") only sources what it reports, as
 * a body's undated "said" with no medium does ({@link BareSayings}).
 */
final class SpeakerPass implements HitPass {
    /** Words of an official speaker: titles, offices and bodies ("minister", "spokesperson", "police"). */
    static final Set<String> OFFICIAL = WordSets.named("official-speakers");
    /** Words of speakers who only attribute: "witnesses", "a lawyer", "an AFP journalist". */
    static final Set<String> ATTRIBUTING = WordSets.named("attributing-speakers");
    /** Words that may open a short phrase before the subject's comma: "On Monday, the minister said". */
    private static final TokenSet INTRO = TokenSet.named("speaker-intro-openers");
    /** Words that open a clause: a speech verb after one is no main clause's ("which the minister said were"). */
    private static final Set<String> CLAUSE_OPENERS = WordSets.named("clause-openers");
    /** Prepositions opening an appositive that tells where or how the subject spoke ("in a report to the council"). */
    private static final Set<String> SPEECH_MEANS = WordSets.named("speech-means-prepositions");
    /** Subject pronouns: a speaker quoted again, not named. */
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "later", "then", "again",
            "further", "once", "already", "repeatedly", "will", "would", "did", "does", "do");
    /** Words a subject may hold: longer runs are clauses, not a speaker. */
    private static final int SUBJECT_WORDS = 16;
    /** Words a phrase before the subject's comma may hold: "On Monday", "Speaking at a news conference in the capital". */
    private static final int INTRO_WORDS = 8;

    private final EventLexicon lexicon;

    SpeakerPass(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "speakers";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        boolean other = false;
        boolean any = false;
        for (Hit h : hits) {
            other |= h.type().equals("statement") && h.trigger().form() != Trigger.Form.SPEECH
                    && !inRelativeClause(sentence.tokens(), h) && !SpeechParticiples.goesOn(sentence.tokens(), hits, h);
            any |= h.trigger().form() == Trigger.Form.SPEECH;
        }
        if (!any) {
            return hits;
        }
        List<Token> tokens = sentence.tokens();
        // "the rights group said nine were killed": a documenting body only sources the event it tells
        boolean sourced = hits.stream().anyMatch(x -> !x.type().equals("statement"));
        List<Hit> kept = new ArrayList<>(hits.size());
        boolean spoken = other;
        int speech = -1; // where the kept speech verb stands in kept
        for (Hit h : hits) {
            if (h.trigger().form() != Trigger.Form.SPEECH) {
                if (!(speech >= 0 && SpeechParticiples.goesOn(tokens, hits, h))) {
                    kept.add(h); // ", describing the videos as fabricated": the kept speech's own words go on
                }
            } else if (!spoken && !(sourced && RightsAccounts.account(tokens, h)) && (speaks(tokens, h) && !(anaphoricSubject(tokens, h.first()) && bodyNamedBefore(sentence))
                    || PronounSpeakers.resumes(sentence, h)) && !BareSayings.bare(tokens, h)) {
                // "She said the unions would meet": an official named before goes on in words of their own
                kept.add(h);
                spoken = true;
                speech = kept.size() - 1;
            } else if (speech >= 0 && SpeechCoordination.pressesAfter(tokens, kept.get(speech), h)) {
                // "the envoy said the raids were unlawful and urged ...": the call is the news of the two
                kept.set(speech, h);
            }
        }
        return kept;
    }

    /**
     * True when an official speaker is the verb's subject, or the subject of the verb it is
     * coordinated with ("The governor visited the site on Monday and said ...").
     */
    private boolean speaks(List<Token> tokens, Hit h) {
        if (ForceAccounts.account(tokens, h.first())) {
            return false; // "Police said 30 people were hurt": the force sources what the sentence reports
        }
        if (CareAccounts.account(tokens, h.first())) {
            return false; // "Hospital officials said 14 people were treated": the carers source the toll
        }
        if (ReleaseCalls.ownVoice(tokens, h, lexicon::isOrgHead)) {
            return false; // "The Rights Forum calls on ...": the release's own voice, no call made on a day
        }
        if (MediaQuotes.carried(tokens, h)) {
            return officialSubject(tokens, MediaQuotes.subjectVerb(tokens, h)); // "the agency quoted X as saying", "X was quoted"
        }
        if (officialSubject(tokens, h.first()) || DatedSpeech.dated(tokens, h) && (DatedSpeech.namedSpeaker(tokens, h.first())
                || officialSubject(tokens, h.first(), DATED_OFFICIAL))
                || PublicAddress.speaking(tokens, h.first()) || PressSettings.givenToPress(tokens, h.first())
                || QuotedOfficials.speaks(tokens, h, OFFICIAL) || DatedClosings.speaks(tokens, h)) {
            // "Varnholt said on Sunday ...": a name the report dates the words of; "Varnholt, speaking
            // at a forum, said ...", "..., his lawyer told reporters": words given out in public;
            // "..., the commission said on Monday.": a body's words the report dates
            return true;
        }
        int first = SpeechCoordination.firstVerb(tokens, h.first(), OFFICIAL, k -> intro(tokens, k));
        return first >= 0 && officialSubject(tokens, first);
    }

    /** True when the main clause ending at the verb {@code v} has an official speaker for its subject. */
    boolean officialSubject(List<Token> tokens, int v) {
        return officialSubject(tokens, v, OFFICIAL);
    }

    /**
     * Titles of elected members who speak for themselves as often as for their body ("councillor"):
     * official speakers only when the report dates their words ("Ward 3 councillor X said on
     * Monday"); undated, they are quoted as sources of a debate.
     */
    private static final Set<String> DATED_OFFICIAL = union(OFFICIAL, WordSets.named("dated-official-titles"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** {@link #officialSubject(List, int)} with {@code words} for the words of an official speaker. */
    private boolean officialSubject(List<Token> tokens, int v, Set<String> words) {
        int i = v - 1;
        while (i >= 0 && tokens.get(i).word() && (AUXILIARIES.contains(tokens.get(i).lower())
                || tokens.get(i).lower().endsWith("ly") && !tokens.get(i).capitalised())) {
            i--;
        }
        if (i >= 0 && tokens.get(v).lower().endsWith("ing") && tokens.get(i).word() && BE.contains(tokens.get(i).lower())) {
            i--; // "X is calling on": a progressive is the verb's own tense, not a passive's "were accused"
        }
        i = DayBeforeVerb.before(tokens, i); // "X, a coalition of rights groups, on Monday demanded"
        if (i < 0 || tokens.get(i).word() && (BE.contains(tokens.get(i).lower()) || tokens.get(i).lower().equals("to"))) {
            return false; // "were accused", "continued to warn"
        }
        Segment subject = segment(tokens, i);
        if (subject == null || subject.empty()) {
            return false;
        }
        Segment apposition = null;
        if (subject.endsComma()) {
            // "X, the country's president, warned", "X, who resigned as premier, said": the
            // appositive between commas and the subject before it
            if (!subject.afterComma()) {
                return false;
            }
            apposition = subject;
            subject = segment(tokens, apposition.from() - 2);
            if (subject == null || subject.empty() || subject.endsComma()) {
                return false;
            }
        }
        subject = afterConjunction(tokens, subject);
        boolean closing = subject.afterComma() && !intro(tokens, subject.from() - 2);
        if (subject.afterQuote() || closing && !PressingSpeech.obligationBefore(tokens, subject.from()) || opensClause(tokens, subject)) {
            // "..., police said": a closing attribution, unless what it closes is a demand ("X must
            // free them, the group said"); "which the minister said were": a subordinate clause
            return false;
        }
        if (UnnamedSpeakers.unnamed(tokens, subject.from(), subject.to(), v) && (apposition == null || !named(tokens, apposition))) {
            return false; // "A spokesman said", "Officials said": sources, not named speakers
        }
        boolean official = false;
        for (Segment s : apposition == null ? List.of(subject) : List.of(subject, apposition)) {
            boolean relative = CLAUSE_OPENERS.contains(tokens.get(s.from()).lower()); // "who resigned as premier"
            // "X, in his annual report, said": the appositive tells how X spoke; its "report" is no second speaker
            boolean means = s == apposition && SPEECH_MEANS.contains(tokens.get(s.from()).lower());
            for (int k = s.from(); k <= s.to(); k++) {
                Token t = tokens.get(k);
                if (!t.word()) {
                    continue;
                }
                boolean plain = !t.capitalised() || k == s.from(); // "the Sudanese Doctors Committee" is a body
                if (!relative && !means && plain && (ATTRIBUTING.contains(t.lower()) && !possessive(tokens, k) && !modifiesOffice(tokens, k)
                        && !BodiesOfPeople.member(tokens, s.from(), k) && !bodysOwn(tokens, s.from(), k)
                        && !NamedBodyMembers.speakFor(tokens, k, s.to(), lexicon)
                        || k == s.from() && PRONOUNS.contains(t.lower()))) {
                    return false;
                }
                // "The NCRI said", "Iran HRM calls on": a body named by its acronym, as the subject's last word
                official |= words.contains(t.lower()) || t.capitalised() && lexicon.isOrgHead(t) || t.acronym() && k == s.to();
            }
        }
        return official || apposition != null && namedThing(tokens, subject, apposition);
    }

    /**
     * True when "which" opens the appositive of a name ending in a capital ("Gulf Rights Monitor,
     * which also covers Egypt, said", "the Hospices Civils de Lyon, which runs ..."): a name one
     * speaks of as a thing, not a person, is a body speaking, whatever its name's last word.
     */
    private static boolean namedThing(List<Token> tokens, Segment subject, Segment apposition) {
        if (!tokens.get(apposition.from()).lower().equals("which")) {
            return false;
        }
        int last = subject.to();
        while (last > subject.from() && !tokens.get(last).word()) {
            last--;
        }
        return tokens.get(last).word() && tokens.get(last).capitalised();
    }

    /** Relative pronouns that open an appositive clause: "X, who resigned as premier, said". */
    private static final Set<String> RELATIVES = WordSets.named("relative-pronouns");

    /**
     * True when the hit stands in a clause that a comma and a relative pronoun open ("X, who
     * resigned as premier in March, said ..."): a measure told of the speaker, no statement that
     * silences what the speaker now says.
     */
    private static boolean inRelativeClause(List<Token> tokens, Hit h) {
        for (int k = h.first() - 1; k > 0; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            if (RELATIVES.contains(t.lower())) {
                return tokens.get(k - 1).surface().equals(",");
            }
        }
        return false;
    }

    /** Conjunctions that open a main clause of their own after a comma: ", and the union said", ", but the board rejected". */
    private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("and", "but");

    /** The subject without a conjunction that opens its clause: "and a rights group" is "a rights group", opening a clause. */
    private static Segment afterConjunction(List<Token> tokens, Segment s) {
        Token first = tokens.get(s.from());
        if (s.from() < s.to() && first.word() && CLAUSE_CONJUNCTIONS.contains(first.lower()) && (s.afterComma() || s.from() == 0)) {
            return new Segment(s.from() + 1, s.to(), s.endsComma(), false, s.afterQuote());
        }
        return s;
    }

    /** True when an official's word follows word {@code k}: "the observer mission", "the student union" are bodies speaking. */
    private static boolean modifiesOffice(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k + 1).word() && OFFICIAL.contains(tokens.get(k + 1).lower());
    }

    /**
     * True when a named body stands right before the word at {@code k}: "African Union observers",
     * "OSCE monitors" are the body's mission speaking, not onlookers telling what they saw.
     */
    private boolean bodysOwn(List<Token> tokens, int from, int k) {
        if (k - 1 < from || !tokens.get(k - 1).word()) {
            return false;
        }
        Token body = tokens.get(k - 1);
        return body.capitalised() && lexicon.isOrgHead(body) || NamedBodyMembers.bodyAcronym(body);
    }

    /** True when an apostrophe closes word {@code k}: "the media workers' union" is the union, no workers speaking. */
    private static boolean possessive(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(k + 1).surface();
        return next.equals("'") || next.equals("\u2019");
    }

    /** True when the verb's subject is "the" and an anaphor noun right before it: "The party denied". */
    private boolean anaphoricSubject(List<Token> tokens, int v) {
        return v >= 2 && tokens.get(v - 2).lower().equals("the") && lexicon.isAnaphor(tokens.get(v - 1))
                && (v == 2 || !tokens.get(v - 3).word());
    }

    /**
     * True when the paragraph named an organisation before this sentence ("... on the BNP. The
     * party denied ..."): "the party" is that body speaking again, the statement told before.
     */
    private boolean bodyNamedBefore(SentenceContext sentence) {
        int start = sentence.span().start();
        for (Token t : sentence.paragraphTokens()) {
            if (t.start() >= start) {
                break;
            }
            if (t.word() && (t.acronym() || t.capitalised() && lexicon.isOrgHead(t))) {
                return true;
            }
        }
        return false;
    }

    /** True when a word of the appositive is capitalised: "A senior official, Ali Rahimi, said". */
    private static boolean named(List<Token> tokens, Segment s) {
        for (int k = s.from(); k <= s.to(); k++) {
            if (tokens.get(k).word() && tokens.get(k).capitalised()) {
                return true;
            }
        }
        return false;
    }

    /** True when a clause opener starts or stands inside the subject: "which the minister", "year that the party". */
    private static boolean opensClause(List<Token> tokens, Segment s) {
        for (int j = s.from(); j <= s.to(); j++) {
            Token t = tokens.get(j);
            if (t.word() && (j == s.from() || !t.capitalised()) && CLAUSE_OPENERS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words from the clause's start to token {@code end}: back to a comma, semicolon, colon,
     * quote or the sentence's start; a bracketed acronym is read through ("the Internal Security
     * Forces (ISF)"). Null when too many words stand there.
     */
    private static Segment segment(List<Token> tokens, int end) {
        if (end < 0) {
            return null;
        }
        boolean comma = end >= 0 && tokens.get(end).surface().equals(",");
        int k = comma ? end - 1 : end;
        int words = 0;
        while (k >= 0) {
            Token t = tokens.get(k);
            String s = t.surface();
            if (s.equals(")") && k >= 2 && tokens.get(k - 2).surface().equals("(")) {
                k -= 3;
                continue;
            }
            if (!t.word()) {
                if (t.quote() || s.equals(",") || s.equals(";") || s.equals(":") || s.equals("(") || s.equals(")")
                        || s.equals("\u2013") || s.equals("\u2014")) {
                    break;
                }
                k--;
                continue;
            }
            if (++words > SUBJECT_WORDS) {
                return null;
            }
            k--;
        }
        int from = k + 1;
        String before = k < 0 ? "" : tokens.get(k).surface();
        int to = comma ? end - 1 : end;
        return new Segment(from, to, comma, before.equals(","), k >= 0 && tokens.get(k).quote());
    }

    /** True when the words before the comma at {@code end} are a short opening phrase: "On Monday", "Earlier". */
    private static boolean intro(List<Token> tokens, int end) {
        int k = end;
        int words = 0;
        while (k >= 0 && !tokens.get(k).quote() && !tokens.get(k).surface().equals(",")) {
            words += tokens.get(k).word() ? 1 : 0;
            k--;
        }
        if (k >= 0 || words == 0 || words > INTRO_WORDS) {
            return false;
        }
        for (int j = 0; j <= end; j++) {
            if (tokens.get(j).word()) {
                return INTRO.has(tokens.get(j));
            }
        }
        return false;
    }

    /**
     * Tokens {@code from..to} of a clause's start; {@code endsComma} when a comma closes it (an
     * appositive), {@code afterComma} / {@code afterQuote} for what opens it.
     */
    private record Segment(int from, int to, boolean endsComma, boolean afterComma, boolean afterQuote) {
        boolean empty() {
            return from > to;
        }
    }
}
