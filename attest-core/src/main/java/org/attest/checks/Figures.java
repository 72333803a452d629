package org.attest.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.attest.model.Document;
import org.attest.model.Event;
import org.attest.model.PlaceMention;
import org.attest.model.Quantity;
import org.attest.model.Sentence;

/**
 * The document's figures with what the checks compare them by: the normalised unit, the
 * sentence, and the type, date and places of the events that cite them.
 */
final class Figures {
    /**
     * One figure in context.
     *
     * @param index     its index among the document's quantities
     * @param quantity  the figure
     * @param unitClass its normalised unit ({@link CheckLexicon#unitClass}), or {@code null}
     * @param sentence  the index of its sentence, or -1
     * @param type      the type of the first event citing it, or {@code null}
     * @param date      that event's date, or {@code null}
     * @param places    the places of the events citing it ("id:..." or "name:..."), sorted
     */
    record Figure(int index, Quantity quantity, String unitClass, int sentence, String type, String date,
                  Set<String> places) {}

    private Figures() {}

    static List<Figure> of(Document doc, CheckLexicon lexicon) {
        List<Figure> out = new ArrayList<>();
        List<Quantity> qs = doc.quantities();
        for (int i = 0; i < qs.size(); i++) {
            Quantity q = qs.get(i);
            if (doc.inBoilerplate(q.span())) {
                continue;
            }
            String type = null;
            String date = null;
            Set<String> places = new TreeSet<>();
            for (Event e : doc.events()) {
                if (!e.quantities().contains(i)) {
                    continue;
                }
                if (type == null) {
                    type = e.type();
                    date = e.date();
                }
                for (int p : e.places()) {
                    if (p >= 0 && p < doc.places().size()) {
                        places.add(key(doc.places().get(p)));
                    }
                }
            }
            out.add(new Figure(i, q, lexicon.unitClass(q.unit()), sentenceOf(doc, q), type, date, Set.copyOf(places)));
        }
        return out;
    }

    static String key(PlaceMention p) {
        return p.geonameid() != null ? "id:" + p.geonameid() : "name:" + Enumerations.fold(p.name());
    }

    private static int sentenceOf(Document doc, Quantity q) {
        List<Sentence> ss = doc.sentences();
        for (int i = 0; i < ss.size(); i++) {
            if (ss.get(i).span().contains(q.span().start())) {
                return i;
            }
        }
        return -1;
    }
}
