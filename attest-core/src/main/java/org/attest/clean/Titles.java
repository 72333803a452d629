package org.attest.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Rules for page titles: stripping site names and telling a title line in plain text. */
final class Titles {
    /** Separators between a headline and a site name: " | ", " - ", " – ", " — ", " :: ", " » ". */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|»|·)\\s+");
    private static final int MAX_SITE_WORDS = 5;
    /** Site names, sections and dates may be stacked: "Headline | DW | 19.01.2020". */
    private static final int MAX_STRIPS = 3;
    /** A title part that is only a date is short. */
    private static final int MAX_DATE_PART = 20;
    private static final int MAX_TITLE_LENGTH = 250;

    private Titles() {}

    /**
     * The title without trailing (or, after a pipe, leading) site names, sections or dates:
     * "Headline | Site" and "Headline | Site | 19.01.2020" give "Headline". A part is taken
     * for a site name when it has at most {@value #MAX_SITE_WORDS} words and the headline has
     * more words; up to {@value #MAX_STRIPS} parts go.
     *
     * @return the stripped title, or null for a null or blank title
     */
    static String stripSiteName(String title) {
        if (title == null) {
            return null;
        }
        String t = TextNormalizer.normalize(title).replace('\n', ' ');
        if (t.isEmpty()) {
            return null;
        }
        for (int i = 0; i < MAX_STRIPS; i++) {
            String stripped = stripOnce(t);
            if (stripped.equals(t)) {
                break;
            }
            t = stripped;
        }
        return t;
    }

    /**
     * The headline when the title is it followed by a separator and more ("Ein Bericht - DAS
     * MAGAZIN 52/2018"); else null. For a headline stated apart from the title (JSON-LD), when
     * the site part is too long to be told from the headline by its words alone.
     */
    static String headingBeforeSeparator(String title, String headline) {
        if (title == null || headline == null || headline.isBlank() || !title.startsWith(headline)
                || title.length() == headline.length()) {
            return null;
        }
        Matcher m = SEPARATOR.matcher(title);
        return m.find(headline.length()) && m.start() == headline.length() ? headline : null;
    }

    /**
     * The last part of a title made of parts ("Headline | DW | 19.01.2020" gives
     * "19.01.2020") when it is short enough to be only a date; else null. Pages that state
     * their date nowhere else often put it there.
     */
    static String trailingDatePart(String title) {
        if (title == null) {
            return null;
        }
        String[] parts = SEPARATOR.split(TextNormalizer.normalize(title).replace('\n', ' '));
        String last = parts[parts.length - 1].strip();
        return parts.length >= 2 && !last.isEmpty() && last.length() <= MAX_DATE_PART
                && Character.isDigit(last.charAt(0)) ? last : null;
    }

    /**
     * The page's headline as the text should open with it: the text of the first {@code h1} that
     * agrees with the title (one holds the other; see {@link #headlineElement}), without the links
     * and buttons a site puts beside the words ("Add to ..."), unless the headline is itself a link;
     * when the title is the whole text of one element inside the {@code h1}, beside a deck in
     * another, that element alone; else the page's one headline-shaped {@code h1} (see
     * {@link #headlineElement}). Null when there is none or no title.
     */
    static String headline(Element body, String title) {
        Element h1 = headlineElement(body, title);
        if (h1 == null) {
            return null;
        }
        // the title as one element of the h1, beside a deck in another ("<span>Headline</span><span>A deck</span>")
        for (Element part : h1.getAllElements()) {
            String partText = TextNormalizer.normalize(part.text()).replace('\n', ' ');
            if (part != h1 && foldQuotes(partText).equals(foldQuotes(title))) {
                return title;
            }
        }
        return headlineText(h1);
    }

    /**
     * The first {@code h1} whose headline text holds the title or is held by it; else the page's
     * one {@code h1} shaped as a headline (see {@link #headlineShaped}); or null. A site logo is
     * often the first {@code h1} of a page, so the first one alone says nothing.
     */
    static Element headlineElement(Element body, String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        Element only = null;
        int shaped = 0;
        for (Element h1 : body.getElementsByTag("h1")) {
            if (agreesWithTitle(h1, title)) {
                return h1;
            }
            if (headlineShaped(h1)) {
                only = h1;
                shaped++;
            }
        }
        return shaped == 1 ? only : null;
    }

    /** Words a headline has at the least: a logo or a section's name ("Latest news") has fewer. */
    private static final int MIN_HEADLINE_WORDS = 4;

    /**
     * True for an {@code h1} that reads as a story's headline: words enough and no link around
     * or inside it, outside the page's navigation. A page whose {@code <title>} was written apart
     * from its headline ("Iraq: Mass hanging" over "Iraq: 21 prisoners hanged in a single day")
     * still prints the headline the story opens with; when it has one such {@code h1} only, that
     * is it.
     */
    private static boolean headlineShaped(Element h1) {
        return words(headlineText(h1)) >= MIN_HEADLINE_WORDS && h1.getElementsByTag("a").isEmpty()
                && h1.closest("a, nav, footer, aside") == null;
    }

    /**
     * True when the heading's text (without its links and buttons) holds the title or is held by
     * it, as the headline's does.
     */
    static boolean agreesWithTitle(Element heading, String title) {
        String text = foldQuotes(headlineText(heading));
        String t = foldQuotes(title);
        return !text.isEmpty() && (text.contains(t) || t.contains(text));
    }

    /**
     * The text with typographic quotes and primes as plain ones: a page's {@code <title>} and
     * meta tags often spell "'Game'" where its headline prints "‘Game’", and the two must still
     * agree.
     */
    static String foldQuotes(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char plain = switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
                default -> c;
            };
            if (plain != c && out == null) {
                out = new StringBuilder(s);
            }
            if (out != null) {
                out.setCharAt(i, plain);
            }
        }
        return out == null ? s : out.toString();
    }

    private static String headlineText(Element h1) {
        String full = TextNormalizer.normalize(h1.text()).replace('\n', ' ');
        if (h1.getElementsByTag("a").isEmpty() && h1.getElementsByTag("button").isEmpty()) {
            return full;
        }
        Element words = h1.clone();
        words.select("a, button").remove();
        String own = TextNormalizer.normalize(words.text()).replace('\n', ' ');
        return own.isEmpty() ? full : own;
    }

    private static String stripOnce(String t) {
        String[] parts = SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        int first = 0;
        int last = parts.length - 1;
        String lastPart = parts[last];
        String rest = t.substring(0, t.lastIndexOf(lastPart)).strip();
        if (words(lastPart) <= MAX_SITE_WORDS && words(rest) > words(lastPart)) {
            return stripTrailingSeparator(rest);
        }
        String firstPart = parts[first];
        String after = t.substring(firstPart.length()).strip();
        if (t.contains(" | ") && words(firstPart) <= MAX_SITE_WORDS && words(after) > words(firstPart)) {
            return after.replaceFirst("^(?:\\||-|–|—|::|»|·)\\s*", "");
        }
        return t;
    }

    private static String stripTrailingSeparator(String s) {
        return s.replaceFirst("\\s*(?:\\||-|–|—|::|»|·)$", "").strip();
    }

    /** How many runs of non-space characters the text holds. */
    static int words(String s) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = !Character.isWhitespace(s.charAt(i));
            if (letter && !in) {
                count++;
            }
            in = letter;
        }
        return count;
    }

    /** How many lines at the top of a plain text may stand before its title (section names of a saved page). */
    private static final int TITLE_LINES = 8;
    /** Words a title has at least, unless it is the first line: "World", "Middle East" are sections. */
    private static final int TITLE_WORDS = 3;

    /**
     * The title of a plain text: the first of its first {@value #TITLE_LINES} lines that looks like
     * a title and has at least {@value #TITLE_WORDS} words (a saved page's section names stand
     * above it), else the first line when it looks like one. Null otherwise.
     */
    static String plainTextTitle(String text) {
        int pos = 0;
        for (int i = 0; i < TITLE_LINES && pos < text.length(); i++) {
            int end = text.indexOf('\n', pos);
            end = end < 0 ? text.length() : end;
            String line = titleShaped(text.substring(pos, end).strip());
            if (line != null && words(line) >= TITLE_WORDS) {
                return line;
            }
            pos = end + 1;
        }
        int end = text.indexOf('\n');
        return titleShaped((end < 0 ? text : text.substring(0, end)).strip());
    }

    /**
     * The line when it looks like a title: 3 to 250 characters, some letters, and not ending like
     * a sentence (a full stop, comma or colon). Null otherwise.
     */
    private static String titleShaped(String line) {
        if (line.length() < 3 || line.length() > MAX_TITLE_LENGTH) {
            return null;
        }
        char lastChar = line.charAt(line.length() - 1);
        if (lastChar == '.' || lastChar == ',' || lastChar == ':' || lastChar == ';') {
            return null;
        }
        boolean letters = line.codePoints().anyMatch(Character::isLetter);
        return letters ? line : null;
    }
}
