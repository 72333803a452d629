package org.attest.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.internal.WordTable;

/**
 * Guesses a document's language from the share of Latin and Arabic-script letters, a small
 * profile of frequent words per language and, within Arabic script, the letters that tell
 * Persian from Arabic. Answers "und" when the evidence is thin. Looks at the first
 * {@value #SAMPLE_CHARS} characters only, so it costs the same on any document.
 */
public final class LanguageDetector {
    public static final String UNDETERMINED = "und";
    static final int SAMPLE_CHARS = 20_000;
    /** Fewer letters than this is too little to judge. */
    private static final int MIN_LETTERS = 20;
    /** A language needs at least this share of the words to win. */
    private static final double MIN_WORD_SHARE = 0.04;

    /** One language's evidence. */
    record Profile(String language, boolean arabicScript, Set<String> words, String letters) {}

    private final List<Profile> profiles;
    /** Each profile word with the bit set of the profiles (by index) that hold it. */
    private final WordTable<Integer> profileBits;

    LanguageDetector(List<Profile> profiles) {
        if (profiles.size() > Integer.SIZE) {
            throw new IllegalArgumentException("at most 32 language profiles");
        }
        this.profiles = List.copyOf(profiles);
        Map<String, Integer> bits = new HashMap<>();
        for (int i = 0; i < this.profiles.size(); i++) {
            for (String w : this.profiles.get(i).words()) {
                bits.merge(w, 1 << i, (a, b) -> a | b);
            }
        }
        this.profileBits = new WordTable<>(bits);
    }

    /** Loads {@code language-profiles.txt} from this package. */
    public static LanguageDetector load() {
        Map<String, Set<String>> words = new HashMap<>();
        Map<String, Boolean> arabic = new HashMap<>();
        Map<String, String> letters = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (String line : ResourceLines.read(LanguageDetector.class, "language-profiles.txt")) {
            String[] f = line.split("\\s+");
            if (f[0].equals("words") && f.length > 3) {
                if (!order.contains(f[1])) {
                    order.add(f[1]);
                }
                arabic.put(f[1], f[2].equals("arabic"));
                words.computeIfAbsent(f[1], k -> new HashSet<>()).addAll(List.of(f).subList(3, f.length));
            } else if (f[0].equals("letters") && f.length == 3) {
                letters.put(f[1], f[2]);
            } else {
                throw new IllegalStateException("bad language profile line: " + line);
            }
        }
        List<Profile> profiles = new ArrayList<>();
        for (String lang : order) {
            profiles.add(new Profile(lang, arabic.get(lang), Set.copyOf(words.get(lang)),
                    letters.getOrDefault(lang, "")));
        }
        return new LanguageDetector(profiles);
    }

    /**
     * The ISO 639-1 code of the text's language, or {@link #UNDETERMINED}.
     *
     * @param text normalised text, not null
     */
    public String detect(String text) {
        int n = Math.min(text.length(), SAMPLE_CHARS);
        char[] chars = new char[n]; // read char by char: cheaper than charAt on a UTF-16 string
        text.getChars(0, n, chars, 0);
        int[] hits = new int[profiles.size()];
        Sample sample = read(chars, n, hits);
        int latin = sample.latin();
        int arabic = sample.arabic();
        if (latin + arabic < MIN_LETTERS) {
            return UNDETERMINED;
        }
        boolean arabicScript = arabic > latin;
        int major = Math.max(latin, arabic);
        if (major < 0.6 * (latin + arabic)) {
            return UNDETERMINED;
        }
        int totalWords = sample.words();
        String best = UNDETERMINED;
        double bestScore = 0;
        for (int k = 0; k < profiles.size(); k++) {
            Profile p = profiles.get(k);
            if (p.arabicScript() != arabicScript) {
                continue;
            }
            double score = totalWords == 0 ? 0 : hits[k] / (double) totalWords;
            score += letterShare(chars, n, p.letters(), major);
            if (score > bestScore) {
                bestScore = score;
                best = p.language();
            }
        }
        return bestScore >= MIN_WORD_SHARE ? best : UNDETERMINED;
    }

    /** The sample's Latin and Arabic-script letters and its words. */
    private record Sample(int latin, int arabic, int words) {}

    /**
     * One pass over the sample: counts its letters by script, splits it into words and counts,
     * per profile (by index), the words in it. (The script decides whether the word counts are
     * read at all, but counting them in the same pass is cheaper than a second pass.)
     */
    private Sample read(char[] chars, int n, int[] hits) {
        int latin = 0;
        int arabic = 0;
        int words = 0;
        int i = 0;
        while (i < n) {
            char c;
            while (i < n && !isWordChar(c = chars[i])) {
                int s = script(c);
                latin += s & 1;
                arabic += s >> 1;
                i++;
            }
            int start = i;
            while (i < n && isWordChar(c = chars[i])) {
                int s = script(c);
                latin += s & 1;
                arabic += s >> 1;
                i++;
            }
            if (i > start) {
                words++;
                Integer bits = profileBits.get(chars, start, i);
                for (int b = bits == null ? 0 : bits; b != 0; b &= b - 1) {
                    hits[Integer.numberOfTrailingZeros(b)]++;
                }
            }
        }
        return new Sample(latin, arabic, words);
    }

    /** 1 for a Latin letter, 2 for an Arabic-script letter, else 0. */
    private static int script(char c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
        } else if (TextNormalizer.isArabicLetter(c)) {
            return 2;
        }
        return c < 0x250 && Character.isLetter(c) ? 1 : 0;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c == '\'';
        }
        return Character.isLetter(c) || c == '\u200C';
    }

    /**
     * Share of the script's letters that are marker letters of the language, scaled so that a
     * typical share (a few percent) weighs about as much as the word evidence.
     */
    private static double letterShare(char[] chars, int n, String markers, int scriptLetters) {
        if (markers.isEmpty() || scriptLetters == 0) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (markers.indexOf(chars[i]) >= 0) {
                count++;
            }
        }
        return 2.0 * count / scriptLetters;
    }
}
