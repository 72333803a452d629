package org.attest.checks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.attest.checks.CheckLexicon.PlaceUnit;
import org.attest.model.Document;
import org.attest.model.Event;
import org.attest.model.PlaceMention;
import org.attest.model.Quantity;
import org.attest.model.Sentence;
import org.attest.model.Span;

/**
 * The document's figures with what the checks compare them by: the normalised unit, the
 * sentence, and the type, date and places of the events that cite them. Found once per
 * document ({@link CheckInput}) and shared by the passes.
 */
final class Figures {
    /**
     * One figure in context.
     *
     * @param index        its index among the document's quantities
     * @param quantity     the figure
     * @param unitClass    its normalised unit ({@link CheckLexicon#unitClass}), or {@code null}
     * @param percent      whether its unit is a percentage ({@link CheckLexicon#isPercent})
     * @param placeUnit    what it counts when it counts places ({@link CheckLexicon#placeUnit}), or {@code null}
     * @param sentence     the index of its sentence, or -1
     * @param type         the type of the first event citing it, or {@code null}
     * @param date         that event's date, or {@code null}
     * @param places       the places of the events citing it ("id:..." or "name:..."), sorted
     */
    record Figure(int index, Quantity quantity, String unitClass, boolean percent, PlaceUnit placeUnit, int sentence,
                  String type, String date, Set<String> places) {}

    private Figures() {}

    static List<Figure> of(Document doc, CheckLexicon lexicon) {
        List<Quantity> qs = doc.quantities();
        // what the events say of each figure, in one pass over the events (in their order, so
        // that the first citing event gives the type and date)
        String[] types = new String[qs.size()];
        String[] dates = new String[qs.size()];
        List<Set<String>> places = new ArrayList<>(Collections.nCopies(qs.size(), null));
        String[] placeKeys = new String[doc.places().size()];
        for (Event e : doc.events()) {
            for (int i : e.quantities()) {
                if (i < 0 || i >= qs.size()) {
                    continue;
                }
                if (types[i] == null) {
                    types[i] = e.type();
                    dates[i] = e.date();
                }
                if (places.get(i) == null) {
                    places.set(i, new TreeSet<>());
                }
                for (int p : e.places()) {
                    if (p >= 0 && p < placeKeys.length) {
                        if (placeKeys[p] == null) {
                            placeKeys[p] = key(doc.places().get(p));
                        }
                        places.get(i).add(placeKeys[p]);
                    }
                }
            }
        }
        Sentences sentences = new Sentences(doc.sentences());
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            Quantity q = qs.get(i);
            if (doc.inBoilerplate(q.span())) {
                continue;
            }
            out.add(new Figure(i, q, lexicon.unitClass(q.unit()), lexicon.isPercent(q.unit()),
                    lexicon.placeUnit(q.unit()), sentences.indexOf(q.span().start()), types[i], dates[i],
                    places.get(i) == null ? Set.of() : Set.copyOf(places.get(i))));
        }
        return out;
    }

    static String key(PlaceMention p) {
        return p.geonameid() != null ? "id:" + p.geonameid() : "name:" + Enumerations.fold(p.name());
    }

    /** Which sentence holds an offset: the first that contains it, as a scan in order would find. */
    private static final class Sentences {
        private final List<Sentence> all;
        /** True when the sentences are in text order and do not overlap, so a binary search finds the first. */
        private final boolean ordered;

        Sentences(List<Sentence> all) {
            this.all = all;
            boolean inOrder = true;
            for (int i = 1; i < all.size() && inOrder; i++) {
                inOrder = all.get(i - 1).span().end() <= all.get(i).span().start();
            }
            this.ordered = inOrder;
        }

        int indexOf(int offset) {
            if (ordered) {
                return Span.indexHolding(all, Sentence::span, offset);
            }
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).span().contains(offset)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
