package org.attest.loadbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generated report texts for the benchmarks, built at run time from the paragraphs of the
 * given text files (the shared seed corpus, the repository's examples): none of that text is
 * kept in the repository. Document {@code i} is a deterministic function of {@code i}: 2 to 5 KB
 * of paragraphs drawn from the pool, with place names swapped and numbers changed, so every
 * document has its own SHA-256. One in five is a lightly edited copy of an earlier document,
 * so the corpus has near-duplicates and copied paragraphs as real collections do.
 */
final class Corpus {
    private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,4}\\b");

    private final List<String> paragraphs;
    private final List<String> names;
    private final Pattern namePattern;

    private Corpus(List<String> paragraphs, List<String> names) {
        this.paragraphs = List.copyOf(paragraphs);
        this.names = List.copyOf(names);
        StringBuilder alt = new StringBuilder();
        for (String n : names) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(n));
        }
        this.namePattern = names.isEmpty() ? null : Pattern.compile("\\b(?:" + alt + ")\\b");
    }

    /**
     * Reads the paragraphs (blocks separated by blank lines, at least 80 characters) of every
     * {@code .txt} file in the directories; {@code names} are the place names to swap.
     */
    static Corpus from(List<Path> dirs, Set<String> names) {
        List<String> paras = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    for (String block : Files.readString(f, StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
                        String b = block.strip();
                        if (b.length() >= 80) {
                            paras.add(b);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir, e);
            }
        }
        if (paras.size() < 5) {
            throw new IllegalStateException("too few paragraphs (" + paras.size() + ") in " + dirs);
        }
        List<String> usable = new ArrayList<>(new LinkedHashSet<>(names));
        usable.removeIf(n -> n.length() < 4 || !Character.isUpperCase(n.charAt(0)));
        return new Corpus(paras, usable);
    }

    int paragraphCount() {
        return paragraphs.size();
    }

    /** The text of document {@code i}. */
    String text(int i) {
        Random r = new Random(0x9E3779B97F4A7C15L * (i + 1));
        if (i >= 10 && r.nextInt(5) == 0) {
            int original = i - 1 - r.nextInt(Math.min(i, 200));
            return lightEdit(text(original), r, i);
        }
        int target = 2000 + r.nextInt(3000);
        StringBuilder sb = new StringBuilder("Report ").append(i).append("\n\n");
        while (sb.length() < target) {
            sb.append(vary(paragraphs.get(r.nextInt(paragraphs.size())), r)).append("\n\n");
        }
        return sb.toString();
    }

    byte[] bytes(int i) {
        return text(i).getBytes(StandardCharsets.UTF_8);
    }

    private String vary(String paragraph, Random r) {
        String s = paragraph;
        if (namePattern != null) {
            Matcher m = namePattern.matcher(s);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(names.get(r.nextInt(names.size()))));
            }
            m.appendTail(out);
            s = out.toString();
        }
        return numbers(s, r, 1.0);
    }

    /** A copy with some numbers changed and a new first line: a republished report. */
    private String lightEdit(String text, Random r, int i) {
        int nl = text.indexOf('\n');
        return "Report " + i + numbers(text.substring(nl), r, 0.1);
    }

    private static String numbers(String s, Random r, double share) {
        Matcher m = NUMBER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String n = m.group();
            // years stay plausible so that dates still parse; other numbers take new values
            String repl = r.nextDouble() >= share ? n
                    : n.length() == 4 && (n.startsWith("19") || n.startsWith("20")) ? String.valueOf(2000 + r.nextInt(26))
                    : String.valueOf(1 + r.nextInt(n.length() == 1 ? 9 : (int) Math.pow(10, n.length()) - 1));
            m.appendReplacement(out, repl);
        }
        m.appendTail(out);
        return out.toString();
    }
}
