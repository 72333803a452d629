package org.attest.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text statistics of every element of a tree, gathered bottom-up in one iterative pass (no
 * recursion, so a page nested 100,000 deep is fine): characters of text, characters of text
 * inside links, characters of text inside paragraphs.
 */
final class NodeStats {
    /** Counts for one element and everything under it. */
    static final class Counts {
        int text;
        int linkText;
        int paragraphText;
        int commas;
        /** True when an article, main or articleBody element is at or under this element. */
        boolean holdsArticle;

        double linkDensity() {
            return text == 0 ? 0 : (double) linkText / text;
        }
    }

    private static final Counts EMPTY = new Counts();
    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private NodeStats() {}

    /** Gathers the statistics of {@code root} and all elements under it. */
    static NodeStats of(Element root) {
        NodeStats stats = new NodeStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    Counts c = new Counts();
                    c.holdsArticle = isArticle(e);
                    stats.counts.put(e, c);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode t) {
                    Element parent = t.parent();
                    if (parent != null) {
                        int len = visibleLength(t.getWholeText());
                        Counts c = stats.counts.get(parent);
                        c.text += len;
                        c.commas += commas(t.getWholeText());
                        if (parent.nameIs("a")) {
                            c.linkText += len;
                        }
                        if (isParagraph(parent)) {
                            c.paragraphText += len;
                        }
                    }
                } else if (node instanceof Element e && node != root && e.parent() != null) {
                    Counts c = stats.counts.get(e);
                    Counts p = stats.counts.get(e.parent());
                    if (p != null) {
                        p.text += c.text;
                        p.commas += c.commas;
                        p.holdsArticle |= c.holdsArticle;
                        // text under a link, at any depth, is link text
                        p.linkText += e.nameIs("a") ? c.text : c.linkText;
                        p.paragraphText += isParagraph(e) ? c.text : c.paragraphText;
                    }
                }
            }
        }, root);
        return stats;
    }

    /** Counts of an element; all zero for an element not in the tree gathered. */
    Counts get(Element e) {
        return counts.getOrDefault(e, EMPTY);
    }

    /** The elements that mark an article by their tag or schema.org markup. */
    static boolean isArticle(Element e) {
        return e.nameIs("article") || e.nameIs("main") || "articleBody".equalsIgnoreCase(e.attr("itemprop"));
    }

    static boolean isParagraph(Element e) {
        return e.nameIs("p") || e.nameIs("pre") || e.nameIs("blockquote");
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\u060C') {
                n++;
            }
        }
        return n;
    }

    /** Characters that are not whitespace: markup indentation must not count as text. */
    static int visibleLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
