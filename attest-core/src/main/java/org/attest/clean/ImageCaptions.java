package org.attest.clean;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Picture boxes without caption markup: a {@code div} or {@code figure} that holds an image
 * and a line or two of text beside it ("Tahir Della helped organise the project" under a
 * portrait). Their text is a caption, kept but marked as boilerplate, like a
 * {@code figcaption}. Found from the images up, so the cost follows the number of images.
 */
final class ImageCaptions {
    /** A caption is a sentence or two. */
    private static final int MAX_CAPTION_TEXT = 250;
    /** How far above the image its box may be. */
    private static final int LEVELS = 3;

    private ImageCaptions() {}

    /**
     * The boxes that hold an image: for each image not inside a paragraph, its nearest
     * {@code div} or {@code figure} ancestor at most {@value #LEVELS} levels up. Gathered before
     * furniture is removed, since the link around a picture often has a furniture class word
     * ("overlayLink", "lightbox-link") and goes with its image.
     */
    static Set<Element> candidates(Element body) {
        Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element img : body.getElementsByTag("img")) {
            Element a = img.parent();
            for (int level = 0; level < LEVELS && a != null && a != body; level++) {
                if (a.nameIs("p")) {
                    break; // an image inside a paragraph is an icon or an inline picture, not a caption's box
                }
                if (a.nameIs("div") || a.nameIs("figure")) {
                    boxes.add(a);
                    break;
                }
                a = a.parent();
            }
        }
        return boxes;
    }

    /**
     * The picture boxes under {@code root}: the {@link #candidates} that are still under it and
     * have some text, at most {@value #MAX_CAPTION_TEXT} characters of it, no heading, and less
     * than half the root's paragraph text.
     */
    static Set<Element> boxes(Element root, NodeStats stats, Set<Element> candidates) {
        Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());
        int rootParagraphs = stats.get(root).paragraphText;
        for (Element box : candidates) {
            if (box == root || !under(box, root)) {
                continue;
            }
            NodeStats.Counts c = stats.get(box);
            if (c.text > 0 && c.text <= MAX_CAPTION_TEXT && 2 * c.paragraphText < rootParagraphs
                    && !hasHeading(box)) {
                boxes.add(box);
            }
        }
        return boxes;
    }

    /** True when {@code e} lies under {@code root}. */
    static boolean under(Element e, Element root) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a == root) {
                return true;
            }
        }
        return false;
    }

    /** The box is small (its text is short), so walking it is cheap. */
    private static boolean hasHeading(Element box) {
        for (Element e : box.getAllElements()) {
            String n = e.normalName();
            if (n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6') {
                return true;
            }
        }
        return false;
    }
}
