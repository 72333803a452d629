package org.attest.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What class and id words say about an HTML element, from {@code content-hints.txt}.
 *
 * @param junk     words of navigation, ads, share bars and other furniture
 * @param comments words of comment sections
 * @param content  words of likely article containers
 */
public record ContentHints(Set<String> junk, Set<String> comments, Set<String> content) {
    public ContentHints {
        junk = Set.copyOf(junk);
        comments = Set.copyOf(comments);
        content = Set.copyOf(content);
    }

    /** Loads {@code content-hints.txt} from this package. */
    public static ContentHints load() {
        Set<String> junk = new HashSet<>();
        Set<String> comments = new HashSet<>();
        Set<String> content = new HashSet<>();
        for (String line : ResourceLines.read(ContentHints.class, "content-hints.txt")) {
            String[] f = line.split("\\s+");
            Set<String> target = switch (f[0]) {
                case "junk" -> junk;
                case "comments" -> comments;
                case "content" -> content;
                default -> throw new IllegalStateException("bad content hint line: " + line);
            };
            target.addAll(List.of(f).subList(1, f.length));
        }
        return new ContentHints(junk, comments, content);
    }

    /** What an element's class and id say it is. */
    enum Kind { JUNK, COMMENTS, CONTENT, NEUTRAL }

    /**
     * The element's kind: comments first, then junk, then content. A whole class or id value
     * ("article-body") counts as well as its parts ("article", "body").
     */
    Kind kindOf(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return Kind.NEUTRAL;
        }
        boolean isJunk = false;
        boolean isContent = false;
        for (String token : tokens(cls + " " + id)) {
            if (comments.contains(token)) {
                return Kind.COMMENTS;
            }
            isJunk |= junk.contains(token);
            isContent |= content.contains(token);
        }
        return isJunk ? Kind.JUNK : isContent ? Kind.CONTENT : Kind.NEUTRAL;
    }

    /**
     * The whole words of a class/id value and their parts split on '-' and '_' and where a
     * lower-case letter meets a capital ("authorPopup", "relatedContent": the camelCase spelling
     * of "author-popup", "related-content"), lower case. Hand-written because it runs once per
     * element of every page.
     */
    static Set<String> tokens(String value) {
        Set<String> out = new HashSet<>();
        int n = value.length();
        int wordStart = -1;
        int partStart = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? value.charAt(i) : ' ';
            boolean space = Character.isWhitespace(c);
            boolean joiner = c == '-' || c == '_';
            boolean camel = partStart >= 0 && i > partStart && Character.isUpperCase(c)
                    && Character.isLowerCase(value.charAt(i - 1));
            if (space || joiner || camel) {
                if (partStart >= 0 && i > partStart) {
                    out.add(value.substring(partStart, i).toLowerCase(Locale.ROOT));
                }
                partStart = camel ? i : -1;
                if (space && wordStart >= 0) {
                    out.add(value.substring(wordStart, i).toLowerCase(Locale.ROOT));
                    wordStart = -1;
                }
            } else {
                if (wordStart < 0) {
                    wordStart = i;
                }
                if (partStart < 0) {
                    partStart = i;
                }
            }
        }
        return out;
    }
}
