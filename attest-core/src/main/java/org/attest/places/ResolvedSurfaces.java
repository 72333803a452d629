package org.attest.places;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attest.model.PlaceMention;

/**
 * The surfaces of a document's place mentions, case-blind: "did another mention of this name
 * resolve?" ({@link String#equalsIgnoreCase} against any of them), asked for many capitalised
 * words of the text. Reading the whole list for every word grew with the square of the text's
 * length (a 1 MB report has thousands of mentions). The passes only append to the list, so the
 * set reads it again only past what it has seen. One per document and gap pass; not thread-safe.
 */
final class ResolvedSurfaces {
    private final List<PlaceMention> mentions;
    /** Folded surfaces ({@link #fold}) of the mentions read so far whose chars are all BMP. */
    private final Set<String> folded = new HashSet<>();
    /** Mentions read so far: {@code mentions} is read on from here. */
    private int seen;

    /** @param mentions the pass's mentions, watched (not copied): appended to, never changed otherwise */
    ResolvedSurfaces(List<PlaceMention> mentions) {
        this.mentions = mentions;
    }

    /** True when a mention's surface equals {@code surface} ignoring case: this one is no unknown town, only a missed mention. */
    boolean contains(String surface) {
        String key = fold(surface);
        if (key == null) {
            return scan(surface);
        }
        for (; seen < mentions.size(); seen++) {
            String k = fold(mentions.get(seen).surface());
            if (k != null) {
                folded.add(k);
            }
        }
        return folded.contains(key);
    }

    /** As before the set: every mention's surface compared (a surface with a surrogate pair). */
    private boolean scan(String surface) {
        for (PlaceMention p : mentions) {
            if (p.surface().equalsIgnoreCase(surface)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each char as its upper case's lower case: two BMP strings are {@code equalsIgnoreCase}
     * exactly when these agree (chars equal, upper cases equal, or the upper cases' lower cases
     * equal, char by char). Null for a string with a surrogate, which compares by code point and
     * never equals a BMP string ignoring case.
     */
    static String fold(String s) {
        char[] c = new char[s.length()];
        for (int i = 0; i < c.length; i++) {
            char x = s.charAt(i);
            if (Character.isSurrogate(x)) {
                return null;
            }
            c[i] = fold(x);
        }
        return new String(c);
    }

    /** One char as its upper case's lower case: the char-by-char rule of {@link String#equalsIgnoreCase}. */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c; // the same for ASCII, without the case tables
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
