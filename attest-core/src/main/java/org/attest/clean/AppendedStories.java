package org.attest.clean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Whole stories a page appends after its article ("infinite scroll" themes load the next
 * stories below the first, each under its own {@code h1}): when the block chosen as the article
 * holds them, their headlines, bylines and paragraphs would be read as part of the story. Found
 * from the {@code h1} elements after the headline that do not agree with the title: the widest
 * block around such a heading that does not hold the headline goes, when it starts with that
 * heading (at most a section label before it) and the story before it keeps its own text. A
 * misused {@code h1} subheading inside the story's body has the body's paragraphs before it, or
 * leaves too little outside, and so stays.
 */
final class AppendedStories {
    /** Text (visible characters) an appended story may carry before its headline: a section label. */
    private static final int MAX_LEAD_IN = 80;
    /** Paragraph text the article keeps outside the appended stories, at least. */
    private static final int MIN_KEPT_PARAGRAPHS = 400;

    private AppendedStories() {}

    /**
     * Removes the stories appended after the headline from {@code root}.
     *
     * @param root     the block chosen as the article; modified
     * @param headline the page's headline element (see {@link Titles#headlineElement}), or null
     * @param title    the page title the headline agrees with
     * @param stats    statistics gathered over a tree that holds {@code root}
     */
    static void remove(Element root, Element headline, String title, NodeStats stats) {
        if (headline == null || !ImageCaptions.under(headline, root)) {
            return;
        }
        int total = stats.get(root).paragraphText;
        int removed = 0;
        List<Element> doomed = new ArrayList<>();
        boolean afterHeadline = false;
        for (Element h1 : root.getElementsByTag("h1")) {
            if (h1 == headline) {
                afterHeadline = true;
                continue;
            }
            if (!afterHeadline || Titles.agreesWithTitle(h1, title) || insideAny(h1, doomed)) {
                continue;
            }
            Element story = widestWithout(h1, headline, root);
            if (story == null || leadIn(story, h1) > MAX_LEAD_IN) {
                continue;
            }
            int paragraphs = stats.get(story).paragraphText;
            if (total - removed - paragraphs >= MIN_KEPT_PARAGRAPHS) {
                doomed.add(story);
                removed += paragraphs;
            }
        }
        for (Element e : doomed) {
            e.remove();
        }
    }

    /** The highest ancestor of {@code h1} below {@code root} that does not hold {@code headline}. */
    private static Element widestWithout(Element h1, Element headline, Element root) {
        Element widest = null;
        for (Element a = h1.parent(); a != null && a != root; a = a.parent()) {
            if (ImageCaptions.under(headline, a)) {
                break;
            }
            widest = a;
        }
        return widest;
    }

    /** Visible characters of text in {@code story} before {@code h1} (counting stops past the limit). */
    private static int leadIn(Element story, Element h1) {
        int[] n = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == h1 || n[0] > MAX_LEAD_IN) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    n[0] += NodeStats.visibleLength(t.getWholeText());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, story);
        return n[0];
    }

    private static boolean insideAny(Element e, List<Element> blocks) {
        for (Element b : blocks) {
            if (ImageCaptions.under(e, b)) {
                return true;
            }
        }
        return false;
    }
}
