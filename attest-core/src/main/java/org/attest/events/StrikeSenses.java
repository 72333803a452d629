package org.attest.events;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The strike" that points back to an air, drone or missile strike the report told before: "A drone
 * hit the depot ... The council called the strike a massacre". A bare "the strike" takes
 * its sense from the last strike the text named before it; when that one was an attack from the air,
 * the mention is that attack, no walk-out (the attack was given where it was told). A strike the text
 * last named as a walk-out, a "flash strike" or a bare "strike", keeps its protest. One per document:
 * built from its text, asked per hit.
 */
final class StrikeSenses {
    /** A strike noun and the word before it: "drone strikes", "air strike", "airstrike", "a strike". */
    private static final Pattern STRIKE = Pattern.compile("(?i)(?:\\b([\\p{L}]+)[\\s-]+)?\\b(air)?strikes?\\b");
    /** Words that make a strike an attack from afar. */
    private static final Set<String> FROM_AFAR = WordSets.named("strike-from-afar");
    /** Words before "strike" that point back to one told before. */
    private static final Set<String> POINTING = Set.of("the", "this", "that");

    private final String text;

    StrikeSenses(String text) {
        this.text = text;
    }

    /** The hits without a protest "the strike" whose last strike named before it was an attack from afar. */
    List<Hit> withoutAttacks(List<Hit> hits, List<Token> tokens) {
        if (hits.stream().noneMatch(h -> pointsToAttack(h, tokens))) {
            return hits;
        }
        return hits.stream().filter(h -> !pointsToAttack(h, tokens)).toList();
    }

    private boolean pointsToAttack(Hit h, List<Token> tokens) {
        if (!h.type().equals("protest") || h.first() != h.last() || h.first() == 0) {
            return false;
        }
        String word = tokens.get(h.first()).lower();
        if (!word.equals("strike") && !word.equals("strikes") || !POINTING.contains(tokens.get(h.first() - 1).lower())) {
            return false;
        }
        Matcher m = STRIKE.matcher(text).region(0, Math.min(h.start(), text.length()));
        boolean afar = false;
        while (m.find()) {
            afar = m.group(2) != null || m.group(1) != null && FROM_AFAR.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return afar;
    }
}
