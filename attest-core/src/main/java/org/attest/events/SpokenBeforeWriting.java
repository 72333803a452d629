package org.attest.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A statement told in the past tense ("announced", "said", "told"), in the present ("says") or by
 * its medium ("in a statement"), with no word before it that sets it ahead ("will", "is due to"),
 * was made on the day of writing at the latest: a day after that which its sentence gives ("announced two more days of action
 * next week", "said it would hear the appeal on Monday", written on a Friday) is the day of what
 * was said, not of the saying. Such a statement takes the date it would have without the
 * sentence's days (its paragraph's or the lead's, by {@code fallback}), or the day of writing when
 * that too lies ahead or is unknown; when another statement of the sentence already has that
 * date, the two are one saying and it is dropped. So is an act a present perfect tells as done
 * ("has launched an online campaign ... and called for a conference next month"). Round date220.
 */
final class SpokenBeforeWriting {
    /** Past forms of speech verbs that do not end in "-ed": "said", "told", "wrote". */
    private static final Set<String> IRREGULAR_PAST = WordSets.named("irregular-past-speech");

    private SpokenBeforeWriting() {}

    /**
     * The dated hits, each past-tense statement dated after {@code day} moved back as above; the
     * list unchanged when {@code day} is null (a report without its day of writing).
     *
     * @param dated    a sentence's dated hits
     * @param tokens   the sentence's tokens, which the hits index
     * @param fallback the date of a hit the sentence does not date
     * @param day      the day of writing, or null
     */
    static List<DatePass.Dated> redate(List<DatePass.Dated> dated, List<Token> tokens,
            Function<Hit, DatePass.Choice> fallback, DatePass.Choice day) {
        if (day == null || dated.stream().noneMatch(d -> ahead(d, tokens, day))) {
            return dated;
        }
        LocalDate published = LocalDate.parse(day.date());
        List<DatePass.Dated> out = new ArrayList<>(dated.size());
        for (DatePass.Dated d : dated) {
            if (!ahead(d, tokens, day)) {
                out.add(d);
                continue;
            }
            DatePass.Choice c = fallback.apply(d.hit());
            if (c.date() == null || AnnouncedStrikes.after(c.date(), published)) {
                c = day;
            }
            DatePass.Dated moved = new DatePass.Dated(d.hit(), c.date(), c.precision(), d.anchor(), c.rule() + "+spoken-before");
            if (dated.stream().noneMatch(o -> o != d && o.hit().type().equals(d.hit().type()) && Objects.equals(o.date(), moved.date()))) {
                out.add(moved);
            }
        }
        return out;
    }

    /**
     * True when {@code d} is dated after the day of writing and is a statement told by a past-tense
     * verb, or an act that a verb in the present perfect takes as its object ("has launched an
     * online campaign").
     */
    private static boolean ahead(DatePass.Dated d, List<Token> tokens, DatePass.Choice day) {
        if (d.date() == null || !AnnouncedStrikes.after(d.date(), LocalDate.parse(day.date()))) {
            return false;
        }
        if (!d.hit().type().equals("statement")) {
            return !d.hit().type().equals(AnnouncedStrikes.CALL) && objectOfPerfect(d.hit(), tokens);
        }
        for (int k = d.hit().first(); k <= d.hit().last(); k++) {
            String w = tokens.get(k).lower();
            if (w.endsWith("ed") || IRREGULAR_PAST.contains(w)) {
                return true; // "announced", "the commission said"
            }
        }
        // "says in a statement that talks resume next week": a saying in the present, or named by its
        // medium, is of the day of writing too, unless words before it set it ahead ("will issue a statement")
        for (int k = 0; k < d.hit().first(); k++) {
            if (FUTURE.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** Words before a statement's trigger that tell a saying still to come: "will", "is expected to". */
    private static final Set<String> FUTURE = WordSets.named("statement-future-words");

    /** Words that may stand between a verb and the act it takes as object: "launched an", "has started its". */
    private static final Set<String> DETERMINERS = WordSets.named("object-determiners");
    /**
     * Participles that tell the act under way, not only planned: "has launched", "have begun"
     * ("have announced a march for June 2" tells a march ahead).
     */
    private static final Set<String> DONE_VERBS = WordSets.named("perfect-done-verbs");
    /** Forms of "have" of a perfect: "has launched", "have begun". */
    private static final Set<String> HAVE = Set.of("has", "have", "had");

    /** True when the hit is the object of a participle of doing after "has", "have" or "had": "has launched a petition". */
    private static boolean objectOfPerfect(Hit h, List<Token> tokens) {
        int k = h.first() - 1;
        while (k >= 0 && k >= h.first() - 2 && DETERMINERS.contains(tokens.get(k).lower())) {
            k--;
        }
        if (k < 1 || k == h.first() - 1) {
            return false;
        }
        return DONE_VERBS.contains(tokens.get(k).lower()) && HAVE.contains(tokens.get(k - 1).lower());
    }
}
