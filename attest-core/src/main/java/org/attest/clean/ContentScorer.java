package org.attest.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Picks the element that holds an HTML page's article, in the manner of Readability: each
 * paragraph scores by its length and commas, the score flows to a few ancestors with a decay,
 * containers are weighted by their class words and tag ({@code article}, {@code main},
 * {@code itemprop=articleBody}) and discounted by their link density. The winner is widened
 * to an ancestor when that ancestor holds much more paragraph text (an article split over
 * sibling blocks), or when a near ancestor has paragraphs of its own beside the winner (the
 * lead paragraphs before a "read more" box that holds the rest). Works on any site's markup;
 * no site is special.
 */
final class ContentScorer {
    /** Paragraphs shorter than this (visible characters) say nothing. */
    private static final int MIN_PARAGRAPH = 25;
    /** How many ancestors a paragraph's score reaches. */
    private static final int LEVELS = 5;
    /** An ancestor with this many times the paragraph text is the better container. */
    private static final double WIDEN_FACTOR = 1.5;
    private static final double MAX_WIDEN_LINK_DENSITY = 0.3;
    /** How far up an ancestor with paragraphs of its own is looked for. */
    private static final int SIBLING_LEVELS = 2;
    /** Paragraphs of their own that make an ancestor part of the article, and their least length. */
    private static final int MIN_OWN_PARAGRAPHS = 2;
    private static final int MIN_OWN_PARAGRAPH = 80;
    private static final double MAX_OWN_PARAGRAPH_LINK_DENSITY = 0.25;
    /** Share of an ancestor's paragraph text that blocks of one class must hold to be one story. */
    private static final double MIN_SPLIT_SHARE = 0.8;

    private final ContentHints hints;

    ContentScorer(ContentHints hints) {
        this.hints = hints;
    }

    /**
     * The element to extract text from: the best-scoring container, or {@code body} when no
     * paragraph scores.
     */
    Element choose(Element body, NodeStats stats) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            if (!isScorable(e)) {
                continue;
            }
            int len = stats.get(e).text;
            if (len < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + stats.get(e).commas + Math.min(len / 100.0, 3.0);
            Element ancestor = e.parent();
            for (int level = 0; level < LEVELS && ancestor != null; level++) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, score / divider, Double::sum);
                if (ancestor == body) {
                    break;
                }
                ancestor = ancestor.parent();
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element e = entry.getKey();
            double s = (entry.getValue() + weight(e)) * (1 - stats.get(e).linkDensity());
            if (s > bestScore) {
                bestScore = s;
                best = e;
            }
        }
        if (best == null) {
            return body;
        }
        return joinSplitParts(best, widen(best, body, stats), body, stats);
    }

    /**
     * A story split into several blocks of one class ("story-text" before and after an advert
     * or a lead image row) is one article: when other elements with the chosen block's tag and
     * class hold paragraphs of their own, the result widens to the nearest ancestor of all the
     * parts, provided the parts hold most of that ancestor's paragraph text (so a page that
     * repeats a class for teasers or other stories is not joined) and it is not the body.
     *
     * @param best    the best-scoring block
     * @param widened best after {@link #widen}, an ancestor of it or itself
     */
    private static Element joinSplitParts(Element best, Element widened, Element body, NodeStats stats) {
        String cls = best.className().strip();
        if (cls.isEmpty()) {
            return widened;
        }
        List<Element> parts = new ArrayList<>();
        int partText = 0;
        for (Element e : body.getElementsByClass(cls.split("\\s+")[0])) {
            NodeStats.Counts c = stats.get(e);
            if (e.normalName().equals(best.normalName()) && e.className().strip().equals(cls)
                    && c.paragraphText >= MIN_OWN_PARAGRAPH && c.linkDensity() < MAX_WIDEN_LINK_DENSITY) {
                parts.add(e);
                partText += c.paragraphText;
            }
        }
        if (parts.size() < 2 || !parts.contains(best)) {
            return widened;
        }
        Element common = best;
        for (Element part : parts) {
            while (common != null && common != part && !part.parents().contains(common)) {
                common = common.parent();
            }
        }
        // both are ancestors of best: join only when the parts' ancestor lies above the widened block
        if (common == null || common == body || !widened.parents().contains(common)) {
            return widened;
        }
        NodeStats.Counts c = stats.get(common);
        if (partText < MIN_SPLIT_SHARE * c.paragraphText || c.linkDensity() >= MAX_WIDEN_LINK_DENSITY) {
            return widened;
        }
        return common;
    }

    private Element widen(Element best, Element body, NodeStats stats) {
        Element current = best;
        while (current != body && current.parent() != null) {
            Element parent = current.parent();
            NodeStats.Counts p = stats.get(parent);
            if (p.paragraphText > WIDEN_FACTOR * stats.get(current).paragraphText
                    && p.linkDensity() < MAX_WIDEN_LINK_DENSITY) {
                current = parent;
                continue;
            }
            Element withOwn = ancestorWithOwnParagraphs(parent, body, stats);
            if (withOwn == null) {
                break;
            }
            current = withOwn;
        }
        return current;
    }

    /**
     * The nearest of {@code from} and its next ancestors (never the body) that has at least
     * {@value #MIN_OWN_PARAGRAPHS} paragraphs as its own children, long and not link-dense,
     * and a low link density overall; or null.
     */
    private static Element ancestorWithOwnParagraphs(Element from, Element body, NodeStats stats) {
        Element a = from;
        for (int level = 0; level < SIBLING_LEVELS && a != null && a != body; level++) {
            if (stats.get(a).linkDensity() < MAX_WIDEN_LINK_DENSITY && ownParagraphs(a, stats) >= MIN_OWN_PARAGRAPHS) {
                return a;
            }
            a = a.parent();
        }
        return null;
    }

    private static int ownParagraphs(Element e, NodeStats stats) {
        int n = 0;
        for (Element child : e.children()) {
            if (child.nameIs("p")) {
                NodeStats.Counts c = stats.get(child);
                if (c.text >= MIN_OWN_PARAGRAPH && c.linkDensity() < MAX_OWN_PARAGRAPH_LINK_DENSITY) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Paragraph-like elements: p, pre, blockquote, td, and divs that hold text directly. */
    private static boolean isScorable(Element e) {
        if (e.nameIs("p") || e.nameIs("pre") || e.nameIs("td") || e.nameIs("blockquote")) {
            return true;
        }
        if (e.nameIs("div") || e.nameIs("section")) {
            for (org.jsoup.nodes.TextNode t : e.textNodes()) {
                if (NodeStats.visibleLength(t.getWholeText()) >= MIN_PARAGRAPH) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A container's prior: class words, semantic tags, schema.org markup. */
    private double weight(Element e) {
        double w = switch (hints.kindOf(e)) {
            case CONTENT -> 25;
            case JUNK, COMMENTS -> -25;
            case NEUTRAL -> 0;
        };
        if (e.nameIs("article") || e.nameIs("main") || "main".equalsIgnoreCase(e.attr("role"))) {
            w += 20;
        }
        if ("articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
            w += 30;
        }
        return w;
    }
}
