package org.attest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the main text of a parsed HTML page. Steps: drop elements that are never content
 * (scripts, styles, forms' controls, nav, aside, footer, page headers, furniture roles);
 * drop elements whose class or id names furniture or comments, and elements hidden by an
 * inline style, unless they hold most of the page's paragraph text; pick the article
 * container with {@link ContentScorer}; drop link-dense lists inside it (with the heading
 * that titles them: "Most read", "Related"); write its blocks (headings, paragraphs, list
 * items, captions) separated by blank lines, captions marked as boilerplate, after the headline
 * and the {@link Standfirst} when the container leaves them out. Modifies the document given. Iterative throughout, so deep nesting cannot overflow the stack.
 */
final class HtmlExtractor {
    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, svg, canvas, object, "
            + "embed, input, select, button, textarea, nav, aside, footer, link, meta, [hidden], "
            + "[aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=search], [role=menu], [role=menubar], [role=dialog]";
    /** A furniture-named element holding more than this share of the paragraph text is kept. */
    private static final double KEEP_SHARE = 0.5;
    private static final double MAX_LIST_LINK_DENSITY = 0.5;
    /**
     * A link list's container with at most this much other text (a heading such as "Most
     * read", a screen-reader note) and no paragraph of its own is a teaser block: it goes whole.
     */
    private static final int MAX_TEASER_HEADING = 80;
    private static final Set<String> LISTS = Set.of("ul", "ol", "table", "dl");
    /** Blocks that go when short and mostly link text: a teaser pointing elsewhere. */
    private static final Set<String> LINK_BLOCKS = Set.of("div", "section", "aside", "p", "figure");
    private static final int MAX_LINK_BLOCK = 250;
    private static final double MAX_BLOCK_LINK_DENSITY = 0.65;
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "figure", "figcaption", "caption", "table", "tr", "hr", "address", "details", "summary", "body");

    private final ContentHints hints;
    private final ContentScorer scorer;
    private final Standfirst standfirsts;
    private final LinePatterns patterns;

    HtmlExtractor(ContentHints hints, LinePatterns patterns) {
        this.hints = hints;
        this.scorer = new ContentScorer(hints);
        this.standfirsts = new Standfirst(hints);
        this.patterns = patterns;
    }

    /**
     * The main text of the page.
     *
     * @param body  the page's body; modified (furniture removed)
     * @param title the page title, or null; prepended as a heading when the article container
     *              leaves out its headline
     */
    Cleaned extract(Element body, String title) {
        String headlineText = Titles.headline(body, title);
        Element headline = Titles.headlineElement(body, title);
        // looked for before the furniture goes: an article's header often has a furniture class word
        Element standfirst = standfirsts.find(body, title);
        body.select(NEVER_CONTENT).remove();
        for (Element header : body.select("header")) {
            if (header.closest("article, main, [itemprop=articleBody]") == null) {
                header.remove();
            }
        }
        Set<Element> imageBoxes = ImageCaptions.candidates(body);
        removeNamedFurniture(body);
        NodeStats stats = NodeStats.of(body);
        Element root = scorer.choose(body, stats);
        AppendedStories.remove(root, headline, title, stats);
        removeLinkLists(root, stats);
        BlockJoiner joiner = new BlockJoiner(patterns);
        String rootText = TextNormalizer.normalize(root.text());
        if (headlineText != null && !rootText.contains(headlineText)) {
            joiner.add(headlineText, false);
        }
        boolean deck = standfirst != null && MarkedDecks.marked(standfirst);
        if (standfirst != null && !isInside(standfirst, root)) {
            String lead = TextNormalizer.normalize(standfirst.text());
            if (!rootText.contains(lead)) {
                joiner.add(lead, deck);
            }
        }
        Set<Element> pictureBoxes = ImageCaptions.boxes(root, stats, imageBoxes);
        if (deck && isInside(standfirst, root)) {
            pictureBoxes = MarkedDecks.with(pictureBoxes, standfirst);
        }
        writeBlocks(root, joiner, pictureBoxes);
        return joiner.build();
    }

    /**
     * Removes elements whose class or id says furniture or comments, and elements an inline
     * style hides (a widget's hidden share panel, a collapsed teaser), unless they are the article.
     */
    private void removeNamedFurniture(Element body) {
        NodeStats stats = NodeStats.of(body);
        int total = stats.get(body).paragraphText;
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || NodeStats.isArticle(e)) {
                continue;
            }
            ContentHints.Kind kind = hints.kindOf(e);
            if (kind == ContentHints.Kind.COMMENTS) {
                doomed.add(e);
            } else if ((kind == ContentHints.Kind.JUNK || isHiddenByStyle(e))
                    && stats.get(e).paragraphText <= KEEP_SHARE * total && !stats.get(e).holdsArticle) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            e.remove();
        }
    }

    /**
     * True for {@code style="display: none"} or {@code visibility: hidden}; a test on the
     * attribute's characters, no pattern, since it runs on every element.
     */
    static boolean isHiddenByStyle(Element e) {
        String style = e.attr("style");
        if (style.isEmpty() || (!style.contains("none") && !style.contains("hidden"))) {
            return false;
        }
        StringBuilder compact = new StringBuilder(style.length());
        for (int i = 0; i < style.length(); i++) {
            char c = style.charAt(i);
            if (!Character.isWhitespace(c)) {
                compact.append(Character.toLowerCase(c));
            }
        }
        String s = compact.toString();
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /**
     * Lists and tables of links inside the article ("related stories") go, and with them a
     * container that holds nothing else but a short heading (the "Most read" box); so do short
     * blocks that are mostly one link ("Explore further: Another story", "Read more: ...").
     * One walk over the article's elements.
     */
    private static void removeLinkLists(Element root, NodeStats stats) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            NodeStats.Counts c = stats.get(e);
            if (e == root || c.text == 0) {
                continue;
            }
            if (LISTS.contains(e.normalName())) {
                if (c.linkDensity() > MAX_LIST_LINK_DENSITY) {
                    Element parent = e.parent();
                    boolean teaserBlock = parent != null && parent != root
                            && stats.get(parent).text - c.text <= MAX_TEASER_HEADING
                            && stats.get(parent).paragraphText == c.paragraphText && !NodeStats.isArticle(parent);
                    doomed.add(teaserBlock ? parent : e);
                }
            } else if (LINK_BLOCKS.contains(e.normalName()) && c.text <= MAX_LINK_BLOCK
                    && c.linkDensity() > MAX_BLOCK_LINK_DENSITY && !c.holdsArticle) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            e.remove();
        }
    }

    /** Writes the text under root as blocks; iterative traversal. */
    private void writeBlocks(Element root, BlockJoiner joiner, Set<Element> pictureBoxes) {
        StringBuilder buffer = new StringBuilder();
        boolean[] captionText = {false};
        int[] captionDepth = {0};
        int[] preDepth = {0};
        int[] headingDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = EscapedEntities.decode(t.getWholeText());
                    buffer.append(preDepth[0] > 0 ? s : s.replace('\n', ' ').replace('\r', ' '));
                    if (captionDepth[0] > 0 && !t.isBlank()) {
                        captionText[0] = true;
                    }
                } else if (node instanceof Element e) {
                    if (e.nameIs("pre")) {
                        preDepth[0]++;
                    }
                    if (isHeading(e)) {
                        flush();
                        headingDepth[0]++;
                    }
                    if (e.nameIs("br")) {
                        buffer.append('\n');
                    } else if (e.nameIs("td") || e.nameIs("th")) {
                        // a row's cells on lines of their own: joined by spaces, "Bandung" ending one
                        // cell and "Drivers held rallies" opening the next read as one name
                        buffer.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        flush();
                    }
                    if (isCaption(e, pictureBoxes)) {
                        flush();
                        captionDepth[0]++;
                    } else if (captionDepth[0] > 0 && isCreditInCaption(e)) {
                        flush();
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.nameIs("pre")) {
                        preDepth[0]--;
                    }
                    if (isCaption(e, pictureBoxes)) {
                        flush();
                        captionDepth[0]--;
                    } else if (BLOCKS.contains(e.normalName())
                            || (captionDepth[0] > 0 && isCreditInCaption(e))) {
                        flush();
                    }
                    if (isHeading(e)) {
                        headingDepth[0]--;
                    }
                }
            }

            private void flush() {
                if (buffer.length() > 0) {
                    joiner.add(buffer.toString(), captionText[0], headingDepth[0] > 0);
                    buffer.setLength(0);
                }
                captionText[0] = false;
            }
        }, root);
        if (buffer.length() > 0) {
            joiner.add(buffer.toString(), captionText[0]);
        }
    }

    /** True when {@code e} is {@code root} or under it (a removed element is under nothing). */
    private static boolean isInside(Element e, Element root) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == root) {
                return true;
            }
        }
        return false;
    }

    static boolean isHeading(Element e) {
        String n = e.normalName();
        return n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6';
    }

    /**
     * True for an inline element of a caption whose text alone is furniture, the picture's credit
     * ("Credit: Jane Roe/Example Agency"): it becomes a block of its own, so that the joiner drops
     * it rather than the page's markup gluing it to the caption's last sentence.
     */
    private boolean isCreditInCaption(Element e) {
        if (BLOCKS.contains(e.normalName())) {
            return false;
        }
        String text = TextNormalizer.normalize(e.text());
        return !text.isEmpty() && text.length() <= patterns.longestFurniture() && patterns.isFurniture(text);
    }

    private boolean isCaption(Element e, Set<Element> pictureBoxes) {
        if (e.nameIs("figcaption") || e.nameIs("caption") || pictureBoxes.contains(e)) {
            return true;
        }
        String cls = e.className();
        return !cls.isEmpty() && (cls.contains("caption") || cls.contains("credit"));
    }
}
