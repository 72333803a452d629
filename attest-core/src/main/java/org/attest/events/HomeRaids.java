package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attest.model.Event;
import org.attest.model.Sentence;
import org.attest.model.Span;

/**
 * A home raid whose next sentence tells who was taken away is the arrest (events100). The raid
 * lines type a raid on homes {@code other} and leave one that arrests in its own sentence to the
 * arrest lines; reports also tell the raid first and the people it took in the next sentence
 * ("Agents raided the homes of four union members. Two of them were taken to the central
 * prison.", "Among those detained were ..."). Annotators then put one arrest on the raid, which
 * tells where and when, and none on the naming of the detainees. So the raid becomes the arrest
 * and an arrest read from that next sentence is folded into it.
 *
 * <p>Only events typed {@code other} whose sentence holds a raid verb and a home noun are asked,
 * a few a report, so the words are compared by a plain walk over the two sentences.
 */
final class HomeRaids {
    private static final Set<String> RAID_VERBS = WordSets.named("home-raid-verbs");
    private static final Set<String> HOMES = WordSets.named("home-raid-homes");
    private static final Set<String> TAKEN = WordSets.named("home-raid-taken");
    static final String ARREST = "arrest";

    private HomeRaids() {}

    /**
     * The events with each home raid that the next sentence of its paragraph shows took people away
     * retyped as an arrest, and the arrests of that next sentence dropped. Returns {@code events}
     * itself when no raid is of that kind; never null.
     */
    static List<Event> resolve(String text, List<Sentence> sentences, List<Event> events) {
        List<Span> folded = new ArrayList<>();
        List<Event> out = null;
        for (int e = 0; e < events.size(); e++) {
            Event event = events.get(e);
            if (!event.type().equals("other")) {
                continue;
            }
            Span next = nextInParagraph(sentences, event.span());
            if (next == null || !homeRaid(event.span().of(text)) || !hasWord(next.of(text), TAKEN)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(events);
            }
            out.set(e, new Event(ARREST, event.date(), event.datePrecision(), event.places(), event.quantities(),
                    event.actors(), event.claimant(), event.span(), event.trigger()));
            folded.add(next);
        }
        if (out == null) {
            return events;
        }
        out.removeIf(ev -> ev.type().equals(ARREST) && folded.contains(ev.span()));
        return List.copyOf(out);
    }

    private static boolean homeRaid(String sentence) {
        return hasWord(sentence, RAID_VERBS) && hasWord(sentence, HOMES);
    }

    /** The next sentence of the same paragraph as the sentence at {@code span}, or null. */
    private static Span nextInParagraph(List<Sentence> sentences, Span span) {
        int i = Span.indexHolding(sentences, Sentence::span, span.start());
        if (i < 0 || i + 1 >= sentences.size() || sentences.get(i + 1).paragraph() != sentences.get(i).paragraph()) {
            return null;
        }
        return sentences.get(i + 1).span();
    }

    /** Whether a word of the sentence, lower-cased, is in {@code words}. */
    private static boolean hasWord(String sentence, Set<String> words) {
        int start = -1;
        for (int k = 0; k <= sentence.length(); k++) {
            boolean letter = k < sentence.length() && Character.isLetter(sentence.charAt(k));
            if (letter && start < 0) {
                start = k;
            } else if (!letter && start >= 0) {
                if (words.contains(sentence.substring(start, k).toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }
}
