package org.attest.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a page's copyright line ("© Kestrel News 2025", "Copyright 2009-2024 ..."), the last
 * such line of the page, which is its footer. It dates a page only where nothing better does: a
 * dateline that prints its day and month but no year ("RIGA, May 4 (Agency) -") is read in that
 * year, where a year named in the story's background ("fined twice in 2019") would otherwise
 * stand in for it. A range gives its later year, the year the page was last put out.
 */
final class CopyrightYear {
    /** The sign or word, then at most a few capitalised words (the owner), then the year or a range. */
    private static final Pattern LINE = Pattern.compile(
            "(?:©|&copy;|&#169;|&#xa9;|\\([cC]\\)|\\b[Cc]opyright\\b|\\bCOPYRIGHT\\b)"
            + "(?:\\s*(?:©|&copy;|\\([cC]\\)))?(?:\\s+\\p{Lu}[^\\s0-9<>]*){0,5}?\\s*((?:19|20)\\d{2})"
            + "(?:\\s*(?:-|–|&ndash;|&#8211;|to)\\s*((?:19|20)\\d{2}))?(?!\\d)");

    private CopyrightYear() {
    }

    /** The year of the last copyright line in {@code page} (markup or text), or null. */
    static Integer of(String page) {
        Matcher m = LINE.matcher(page);
        Integer year = null;
        while (m.find()) {
            year = Integer.valueOf(m.group(2) != null ? m.group(2) : m.group(1));
        }
        return year;
    }
}
