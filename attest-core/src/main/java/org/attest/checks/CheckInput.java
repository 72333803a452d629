package org.attest.checks;

import java.util.List;
import org.attest.checks.ArithmeticPass.Breakdown;
import org.attest.checks.Enumerations.Enumeration;
import org.attest.checks.Figures.Figure;
import org.attest.model.Document;

/**
 * What the within-document passes read, found once per document so that no pass finds it
 * again: the place lists, the figures in context and the breakdowns of totals into parts.
 *
 * @param doc        a document with places, quantities and events found
 * @param lists      its enumerations of places ({@link Enumerations#find})
 * @param figures    its figures outside boilerplate, in text order ({@link Figures#of})
 * @param breakdowns the totals broken into parts among those figures ({@link ArithmeticPass#breakdowns})
 */
record CheckInput(Document doc, List<Enumeration> lists, List<Figure> figures, List<Breakdown> breakdowns) {
    CheckInput {
        lists = List.copyOf(lists);
        figures = List.copyOf(figures);
        breakdowns = List.copyOf(breakdowns);
    }

    static CheckInput of(Document doc, CheckLexicon lexicon) {
        List<Figure> figures = Figures.of(doc, lexicon);
        return new CheckInput(doc, Enumerations.find(doc), figures, ArithmeticPass.breakdowns(doc, figures));
    }
}
