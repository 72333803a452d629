package org.attest.clean;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The standfirst of an article (deck, lead, "Vorspann", "bajada"): the sentence or two printed
 * under the headline, above the block that holds the story's paragraphs, and so often left out
 * when that block is chosen as the article. Found from the headline: the first block of text
 * after a heading that agrees with the title, near it in the page (under the heading's
 * grandparent), that reads as a sentence and is not a byline, date line, caption, link or piece
 * of furniture. Looked for before furniture is removed, since an article's header often carries
 * a class word of page furniture ("article-header"). The caller writes it only when the chosen
 * article block does not hold it already.
 */
final class Standfirst {
    /** Characters (not counting spaces) and words a standfirst has at least, and at most. */
    private static final int MIN_TEXT = 40;
    private static final int MIN_WORDS = 6;
    private static final int MAX_TEXT = 500;
    /** Without a closing full stop, a standfirst is at least this long (a byline is shorter). */
    private static final int MIN_UNPUNCTUATED = 80;
    private static final double MAX_LINK_DENSITY = 0.3;
    /** How many headings that agree with the title are tried (a headline may stand in a breadcrumb too). */
    private static final int MAX_ANCHORS = 3;
    /** Blocks of captions, bylines or furniture passed over before the search gives up. */
    private static final int MAX_PASSED = 6;
    private static final Set<String> TAGS = Set.of("p", "div", "h2", "h3", "h4");
    /** Paragraphs, and their least length, that make a furniture-named block part of the story. */
    private static final int STORY_PARAGRAPHS = 4;
    private static final int STORY_PARAGRAPH = 80;
    /** Elements whose text is no standfirst, and whose descendants' text is none either. */
    private static final Set<String> NOT_TEXT = Set.of("figure", "figcaption", "caption", "a", "button", "label",
            "li", "table", "blockquote", "time", "nav", "aside", "footer", "form", "script", "style", "noscript",
            "template", "select");
    /** Element names that make a {@code div} a container rather than a block of text. */
    private static final Set<String> BLOCK_CHILDREN = Set.of("p", "div", "section", "article", "ul", "ol", "table",
            "figure", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "aside", "nav");
    /** Class words of the lines printed around a headline that are not its standfirst. */
    private static final Set<String> META_WORDS = Set.of("byline", "author", "authors", "date", "dateline", "time",
            "timestamp", "meta", "credit", "caption", "kicker", "eyebrow", "label", "tag", "tags", "category",
            "breadcrumb", "breadcrumbs", "overline", "source", "copyright");

    private final ContentHints hints;

    Standfirst(ContentHints hints) {
        this.hints = hints;
    }

    /**
     * The standfirst element of the page, or null.
     *
     * @param body  the page's body, before anything is removed from it
     * @param title the page title, or null (then there is no headline to start from)
     */
    Element find(Element body, String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        int anchors = 0;
        for (Element h : body.select("h1, h2, h3")) {
            if (!Titles.agreesWithTitle(h, title)) {
                continue;
            }
            Element found = after(h, title);
            if (found != null) {
                return found;
            }
            if (++anchors == MAX_ANCHORS) {
                break;
            }
        }
        return null;
    }

    /**
     * The first block of text after heading {@code h} under its grandparent, when it reads as a
     * standfirst. Blocks inside captions, lists, links and furniture, and bylines, are passed
     * over (at most {@value #MAX_PASSED} of them); the first other block decides.
     */
    private Element after(Element h, String title) {
        Element parent = h.parent();
        if (parent == null) {
            return null;
        }
        Element scope = parent.parent() == null || parent.parent().nameIs("body") ? parent : parent.parent();
        boolean past = false;
        int passed = 0;
        for (Element e : scope.getAllElements()) {
            if (e == h) {
                past = true;
                continue;
            }
            if (!past || ImageCaptions.under(e, h) || ImageCaptions.under(h, e) || !TAGS.contains(e.normalName()) || !isTextBlock(e)) {
                continue;
            }
            String text = TextNormalizer.normalize(e.text()).replace('\n', ' ');
            if (NodeStats.visibleLength(text) < MIN_TEXT) {
                continue;
            }
            if (passedOver(e, h, scope)) {
                if (++passed > MAX_PASSED) {
                    return null;
                }
                continue;
            }
            return readsAsStandfirst(e, text, title) ? e : null;
        }
        return null;
    }

    /** A p, heading or div that holds its text itself rather than in blocks under it. */
    private static boolean isTextBlock(Element e) {
        if (!e.nameIs("div")) {
            return true;
        }
        for (Element child : e.children()) {
            if (BLOCK_CHILDREN.contains(child.normalName())) {
                return false;
            }
        }
        return true;
    }

    /** A sentence or two of its own words, not the headline again, not a list of links. */
    private static boolean readsAsStandfirst(Element e, String text, String title) {
        if (text.length() > MAX_TEXT || Titles.words(text) < MIN_WORDS || text.contains(title) || title.contains(text)) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        boolean sentence = last == '.' || last == '?' || last == '!' || last == '…' || last == '"' || last == '”'
                || last == '»' || last == '“';
        return (sentence || text.length() >= MIN_UNPUNCTUATED) && linkDensity(e, text) < MAX_LINK_DENSITY;
    }

    /**
     * True for a block that is no part of the article's head: a byline or date line by its class,
     * or a block inside a caption, list, link, form or piece of furniture (hidden, or named so by
     * its class), looked for up to the scope but not above an element that holds the headline too.
     */
    private boolean passedOver(Element e, Element h, Element scope) {
        if (metaClass(e)) {
            return true;
        }
        for (Element a = e; a != null && a != scope; a = a.parent()) {
            if (ImageCaptions.under(h, a)) {
                break;
            }
            ContentHints.Kind kind = hints.kindOf(a);
            boolean furniture = kind == ContentHints.Kind.JUNK && !holdsStory(a);
            if (NOT_TEXT.contains(a.normalName()) || furniture || kind == ContentHints.Kind.COMMENTS
                    || HtmlExtractor.isHiddenByStyle(a) || a.hasAttr("hidden") || "true".equals(a.attr("aria-hidden"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the element holds {@value #STORY_PARAGRAPHS} paragraphs of
     * {@value #STORY_PARAGRAPH} characters or more: a block of the story whatever its class says
     * (a layout "with a sidebar", "c-fixed-sidebar-layout"), as the furniture rule keeps a block
     * that holds most of the page's paragraphs.
     */
    private static boolean holdsStory(Element a) {
        int n = 0;
        for (Element p : a.getElementsByTag("p")) {
            if (NodeStats.visibleLength(p.text()) >= STORY_PARAGRAPH && ++n >= STORY_PARAGRAPHS) {
                return true;
            }
        }
        return false;
    }

    private boolean metaClass(Element e) {
        String cls = e.className() + " " + e.id();
        if (cls.isBlank()) {
            return false;
        }
        for (String token : ContentHints.tokens(cls)) {
            if (META_WORDS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static double linkDensity(Element e, String text) {
        int links = 0;
        for (Element a : e.getElementsByTag("a")) {
            links += NodeStats.visibleLength(a.text());
        }
        int all = NodeStats.visibleLength(text);
        return all == 0 ? 0 : (double) links / all;
    }


}
