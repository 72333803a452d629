package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops an attribution frame ({@link Trigger.Form#FRAME}: "said in a statement") when its sentence
 * reports an event of another type: in "at least 13 people were killed, the group said in a
 * statement on Friday" the statement only says who reports the killing. A statement verb that
 * closes the sentence after a comma ("three men were executed on Friday, the judiciary announced",
 * "..., the pair wrote on Twitter") is such a frame too. A statement that is the sentence's only
 * news ("the ministry said in a statement that talks would resume") stays; a participant noun
 * beside it ("... force would not be used against protesters") names who the statement is about
 * and gives no event. A speech verb that presses ({@link PressingSpeech}) is no frame.
 */
final class AttributionPass implements HitPass {
    @Override
    public String name() {
        return "attribution";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        hits = withoutClosingFrames(sentence.tokens(), hits);
        hits = withoutAnnouncingVerbs(sentence.tokens(), hits);
        hits = withoutSourceNames(sentence.tokens(), hits);
        hits = SentencingBodies.withoutTheirAnnouncements(sentence.tokens(), hits);
        hits = QuotedTallies.withoutQuotedCounts(sentence.tokens(), hits); // 'said "a number of people" had been detained'
        hits = ToldResults.withoutToldResults(sentence.tokens(), hits); // "the commission said X won 61 percent of the vote"
        boolean frame = false;
        for (Hit h : hits) {
            frame |= frame(sentence.tokens(), h);
        }
        if (!frame) {
            return hits;
        }
        List<Hit> kept = new ArrayList<>(hits.size());
        boolean frameKept = false;
        for (Hit h : hits) {
            // "the governor said 40 had been detained": the official's own tally, news beside the arrests (events96)
            boolean f = frame(sentence.tokens(), h) && !PerfectTallies.tells(sentence.tokens(), h, hits);
            if (!f || !otherNews(sentence.tokens(), hits, h)) {
                kept.add(h);
                frameKept |= f;
            }
        }
        if (frameKept && kept.stream().anyMatch(h -> h.trigger().form() == Trigger.Form.PERSON)) {
            // "the army said in a statement that force was not to be used against protesters": the
            // participants are what the statement is about, not a protest of its own
            kept.removeIf(h -> h.trigger().form() == Trigger.Form.PERSON);
        }
        return kept;
    }

    /**
     * True for an attribution that other news silences. A speech verb that presses a view of its
     * own ({@link PressingSpeech}: "warned", "called on", "said ..., calling it an attack") is none:
     * the call or the warning is news beside the events it names; nor is one given out in a
     * public address ({@link PublicAddress}: "X, speaking at a forum, said ...") or to the press
     * ({@link PressSettings}: "the adviser told reporters that 40 were detained").
     */
    private static boolean frame(List<Token> tokens, Hit h) {
        if (PressingSpeech.presses(tokens, h) || givenOut(tokens, h) || DatedClosings.leadOfState(tokens, h) || MediaQuotes.carried(tokens, h)
                || h.trigger().form() == Trigger.Form.SPEECH && (PublicAddress.speaking(tokens, h.first())
                        || PressSettings.givenToPress(tokens, h.first()))) {
            return false;
        }
        return h.trigger().frame() || h.type().equals("statement") && closingAttribution(tokens, h);
    }

    /** Plain reporting verbs: "said", "told". */
    private static final Set<String> PLAIN_VERBS = WordSets.named("plain-report-verbs");

    /**
     * True when a speaker opens the sentence's news with a statement given out ("the council said
     * in a statement that ...", "the president said in a televised address that ..."): the
     * statement is news of its own beside the events it tells. A frame closing the sentence is
     * dropped before ({@link #withoutClosingFrames}); a force's plain account stays a source, and so
     * does a rights body's ({@link RightsAccounts}: "the Human Rights News Agency said 171 were arrested").
     */
    private static boolean givenOut(List<Token> tokens, Hit h) {
        if (!h.type().equals("statement") || h.trigger().form() != Trigger.Form.FRAME) {
            return false;
        }
        int verb = tokens.get(h.first()).word() && PLAIN_VERBS.contains(tokens.get(h.first()).lower()) ? h.first() : h.first() - 1;
        return verb >= 0 && tokens.get(verb).word() && PLAIN_VERBS.contains(tokens.get(verb).lower())
                && !ForceAccounts.account(tokens, verb) && !RightsAccounts.account(tokens, verb) && !closesSentence(tokens, h);
    }

    /**
     * Drops an attribution frame that closes its sentence ("..., police said.", "..., the group said
     * in a statement."), as {@link SpeakerPass} drops a closing speech verb: it names who reports what
     * the sentence tells, and is no statement of its own even when the sentence tells no other event.
     * A sentence led by a demand ("The authorities must free them, the group said") keeps it.
     */
    private static List<Hit> withoutClosingFrames(List<Token> tokens, List<Hit> hits) {
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            boolean closing = h.type().equals("statement") && h.trigger().form() == Trigger.Form.FRAME
                    && closesSentence(tokens, h) && !PressingSpeech.obligationBefore(tokens, h.first())
                    && !DatedClosings.speaks(tokens, h); // "..., the ministry said on Monday.": that day's statement
            // "Police said 30 people were hurt": the force's plain account sources the facts, as a closing frame does
            boolean account = h.type().equals("statement") && h.trigger().frame() && ForceAccounts.account(tokens, h.last());
            if (!closing && !account) {
                kept.add(h);
            }
        }
        return kept;
    }

    /** Words of a closing attribution's subject between the comma and the verb ("the judiciary's spokesman"). */
    private static final int SUBJECT_REACH = 5;
    /** Words after a closing attribution verb before the sentence ends ("wrote on Twitter", "announced on Friday"). */
    private static final int TAIL_REACH = 3;
    /** Words right after the verb that give it an object of its own: "..., the ministry announced a curfew". */
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?");
    private static final Set<String> OBJECT_STARTS = Set.of("a", "an", "the", "that", "its", "their", "his", "her");

    /**
     * True when a one-word statement verb closes the sentence after a comma and a short subject:
     * "..., the judiciary announced.", "..., the pair wrote on Twitter.".
     */
    static boolean closingAttribution(List<Token> tokens, Hit h) {
        return h.first() == h.last() && closesSentence(tokens, h);
    }

    /**
     * True when the hit closes the sentence after a comma and a short subject: "..., police said.",
     * "..., the campaign said in a statement.".
     */
    static boolean closesSentence(List<Token> tokens, Hit h) {
        int words = 0;
        int k = h.first() - 1;
        while (k >= 0 && tokens.get(k).word() && words < SUBJECT_REACH) {
            words++;
            k--;
        }
        if (k < 0 || words == 0 && h.first() == h.last() || !tokens.get(k).surface().equals(",")) {
            return false;
        }
        int tail = 0;
        for (int j = h.last() + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (!t.word()) {
                return SENTENCE_ENDS.contains(t.surface()); // "..., he announced, before ..." goes on
            }
            if (++tail > TAIL_REACH || tail == 1 && OBJECT_STARTS.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /** Words a label line may hold besides names: "Commission on Human Rights (Nairobi) press release". */
    private static final Set<String> LABEL_SMALL = Set.of("of", "on", "for", "the", "and", "in", "to", "a", "an");

    /**
     * Drops a statement noun or frame that names a source rather than reports one: a label line with
     * no verb ("Press Release", "National Commission on Human Rights (Nairobi) press release"), or
     * the document a figure is taken from ("..., according to the group's press release"). The
     * news, if any, is what the document says.
     */
    private static List<Hit> withoutSourceNames(List<Token> tokens, List<Hit> hits) {
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            boolean noun = h.trigger().form() == Trigger.Form.FRAME || h.trigger().form() == Trigger.Form.NOUN;
            if (!(h.type().equals("statement") && noun && (labelLine(tokens, h) || accordingTo(tokens, h)))) {
                kept.add(h);
            }
        }
        return kept;
    }

    /** True when every word outside the hit is capitalised or a small word: a line naming a document, no verb. */
    private static boolean labelLine(List<Token> tokens, Hit h) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if ((k < h.first() || k > h.last()) && t.word() && !t.capitalised() && !LABEL_SMALL.contains(t.lower())
                    && Character.isLetter(t.surface().codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** True when "according to" opens the clause the hit ends: "according to the AAPP press release". */
    private static boolean accordingTo(List<Token> tokens, Hit h) {
        for (int k = h.first() - 1; k >= 1; k--) {
            Token t = tokens.get(k);
            if (t.surface().equals(",") || t.surface().equals(";") || t.surface().equals(".")) {
                return false;
            }
            if (t.word() && t.lower().equals("to") && tokens.get(k - 1).word() && tokens.get(k - 1).lower().equals("according")) {
                return true;
            }
        }
        return false;
    }

    /** Types whose announcement is the event itself: a boycott, a strike, a rally or a vote called. */
    private static final Set<String> ANNOUNCED_TYPES = WordSets.named("announced-event-types");

    /** Words an announcing verb's object may hold before the event it announces: "announced it would boycott". */
    private static final int ANNOUNCED_REACH = 3;

    /**
     * Drops a one-word statement verb, or a speech verb that calls ({@link PressingSpeech}), whose
     * object is another event of the sentence, within {@link #ANNOUNCED_REACH} words and no
     * punctuation, when that event is one an announcement calls ({@code announced-event-types}):
     * "the alliance has announced it will boycott the polls", "the union announced a general
     * strike", "the party called for protests". The boycott or the strike is the news, and the
     * announcement or the call only how it was called; so is a measure ({@code other}: "announced a
     * curfew" is the curfew, other40). A told hanging ("announced the latest two hangings") leaves
     * the statement, and a "that" clause
     * reports what someone holds ("declared that the group had planned the rallies").
     */
    private static List<Hit> withoutAnnouncingVerbs(List<Token> tokens, List<Hit> hits) {
        if (hits.size() < 2) {
            return hits;
        }
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            boolean verb = h.trigger().form() == Trigger.Form.ACT && h.first() == h.last() || PressingSpeech.callingVerb(tokens, h);
            if (!(h.type().equals("statement") && verb && announcesOther(tokens, h, hits))) {
                kept.add(h);
            }
        }
        return kept;
    }

    private static boolean announcesOther(List<Token> tokens, Hit verb, List<Hit> hits) {
        for (Hit o : hits) {
            int reach = ANNOUNCED_REACH + 1 + (verb.last() + 1 < tokens.size() && tokens.get(verb.last() + 1).lower().equals("that")
                    ? Announcements.CLAUSE_SUBJECT_WORDS + Announcements.MODAL_TO_EVENT_WORDS : 0);
            if (!ANNOUNCED_TYPES.contains(o.type()) || o.trigger().form() == Trigger.Form.PERSON || o.first() <= verb.last()) {
                continue;
            }
            if (PressingSpeech.callingVerb(tokens, verb) && Announcements.datedCall(tokens, verb.last() + 1, o)) {
                return true; // "called on teachers to hold sit-ins on 12 May": the protest called for that day (events91)
            }
            if (o.first() > verb.last() + reach) {
                continue;
            }
            boolean plain = true;
            for (int k = verb.last() + 1; k < o.first(); k++) {
                plain &= tokens.get(k).word() && !tokens.get(k).lower().equals("that");
            }
            // "announced that they will gather on Saturday": the protest to come is the news (events91)
            plain |= Announcements.futureClause(tokens, verb.last() + 1, o.first());
            // "called for all rallies to stay peaceful": a call about how the rallies go, not for them
            boolean wished = verb.trigger().form() == Trigger.Form.SPEECH && o.last() + 1 < tokens.size()
                    && tokens.get(o.last() + 1).lower().equals("to");
            if (plain && !wished) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when another hit reports an event of another type; a participant noun ("protesters")
     * reports none, nor does an event told of a speaker in a clause between commas before the speech
     * verb ("X, who quit as mayor in May, said ..."): that is who speaks, not what is said.
     */
    private static boolean otherNews(List<Token> tokens, List<Hit> hits, Hit frame) {
        for (Hit h : hits) {
            if (!h.type().equals(frame.type()) && h.trigger().form() != Trigger.Form.PERSON
                    && !(frame.trigger().form() == Trigger.Form.SPEECH && inSpeakersClause(tokens, h, frame))) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a clause telling of a speaker: ", who resigned ...,", ", whose son was arrested,". */
    private static final Set<String> SPEAKER_CLAUSE_OPENERS = Set.of("who", "whose");

    /** True when hit {@code h} stands in a ", who ...," clause that closes before the speech verb. */
    private static boolean inSpeakersClause(List<Token> tokens, Hit h, Hit verb) {
        if (h.last() >= verb.first()) {
            return false;
        }
        boolean closed = false;
        for (int k = h.last() + 1; k < verb.first(); k++) {
            closed |= tokens.get(k).surface().equals(",");
        }
        if (!closed) {
            return false;
        }
        for (int k = h.first() - 1; k >= 1; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            if (SPEAKER_CLAUSE_OPENERS.contains(t.lower())) {
                return tokens.get(k - 1).surface().equals(",");
            }
        }
        return false;
    }
}
