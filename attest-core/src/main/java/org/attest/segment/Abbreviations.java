package org.attest.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the sentence splitter knows about periods that do not end sentences, from
 * {@code abbreviations.txt}, and the words that open sentences, from
 * {@code sentence-starters.txt}. Immutable.
 *
 * @param titles   abbreviations that never end a sentence ("Mr.", "Gen.", "No."), as written
 * @param others   abbreviations that may end one ("U.S.", "etc."), as written
 * @param starters words that commonly open a sentence ("The", "However")
 */
public record Abbreviations(Set<String> titles, Set<String> others, Set<String> starters) {
    /** How an abbreviation behaves before the next word. */
    enum Kind { TITLE, OTHER, NONE }

    public Abbreviations {
        titles = Set.copyOf(titles);
        others = Set.copyOf(others);
        starters = Set.copyOf(starters);
    }

    /** Loads the bundled lists. */
    public static Abbreviations load() {
        Set<String> titles = new HashSet<>();
        Set<String> others = new HashSet<>();
        Set<String> target = null;
        for (String line : lines("abbreviations.txt")) {
            if (line.equals("[title]")) {
                target = titles;
            } else if (line.equals("[other]")) {
                target = others;
            } else if (target == null) {
                throw new IllegalStateException("abbreviations.txt: entry before a section: " + line);
            } else {
                target.addAll(List.of(line.split("\\s+")));
            }
        }
        Set<String> starters = new HashSet<>();
        for (String line : lines("sentence-starters.txt")) {
            starters.addAll(List.of(line.split("\\s+")));
        }
        return new Abbreviations(titles, others, starters);
    }

    /**
     * The kind of a token that ends with a period ("Mr.", "u.s."). Entries written in lower
     * case match any case; others match exactly.
     */
    Kind kindOf(String token) {
        if (titles.contains(token)) {
            return Kind.TITLE;
        }
        if (others.contains(token)) {
            return Kind.OTHER;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if (titles.contains(lower)) {
            return Kind.TITLE;
        }
        if (others.contains(lower)) {
            return Kind.OTHER;
        }
        return Kind.NONE;
    }

    boolean isStarter(String word) {
        return starters.contains(word);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Abbreviations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
