package org.attest.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lookup key of a place name in the name tables ({@link Admin1Table}, {@link CountryTable}).
 *
 * <p>{@link #normalise} lower-cases, removes accents and marks, drops a leading "the", drops one
 * trailing "province", "governorate", "region" or "state" word when a name remains before it,
 * and removes spaces, hyphens and apostrophes. Dots stay, so that "U.S." and the pronoun "us" do
 * not meet. The function is idempotent: a key normalises to itself.
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
    private static final Pattern TRAILING_KIND =
            Pattern.compile("^(.*\\S)[\\s-]+(province|governorate|region|state)$");
    private static final Pattern JOINERS = Pattern.compile("[\\s\\-'\u2018\u2019`\u02bb\u02bc\u02be\u02bf]+");

    private NameKey() {}

    /**
     * Returns the lookup key of a name.
     *
     * @param name any text, not null
     * @return the key, possibly empty; never null
     */
    public static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = foldLetters(s).toLowerCase(Locale.ROOT).strip();
        s = LEADING_THE.matcher(s).replaceFirst("");
        var kind = TRAILING_KIND.matcher(s);
        if (kind.matches()) {
            s = kind.group(1);
        }
        return JOINERS.matcher(s).replaceAll("");
    }

    /** Letters that carry no decomposition in Unicode but have a plain Latin reading. */
    private static String foldLetters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u0131' -> out.append('i'); // dotless i
                case '\u0142' -> out.append('l');
                case '\u0141' -> out.append('L');
                case '\u00f8' -> out.append('o');
                case '\u00d8' -> out.append('O');
                case '\u0111' -> out.append('d');
                case '\u0110' -> out.append('D');
                case '\u00df' -> out.append("ss");
                case '\u00e6' -> out.append("ae");
                case '\u00c6' -> out.append("AE");
                case '\u0153' -> out.append("oe");
                case '\u0152' -> out.append("OE");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
