package org.attest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;

/**
 * The paragraphs of the seed documents, with the spans of the towns they name, so the corpus
 * generator can recombine them and swap the towns for others. Read at run time; nothing of the
 * seeds is stored in the repository.
 */
public final class SeedParagraphs {
    /** One paragraph of cleaned text and the [start, end) offsets of the towns in it. */
    public record Paragraph(String text, int[] townStarts, int[] townEnds) {}

    private SeedParagraphs() {}

    /**
     * Cleans and geoparses every {@code .txt} and {@code .html} file in {@code dirs} and splits the
     * cleaned text on blank lines.
     *
     * @throws AttestException when no paragraph could be read
     */
    public static List<Paragraph> read(Pipeline pipeline, List<Path> dirs) throws AttestException {
        List<Paragraph> out = new ArrayList<>();
        for (Path dir : dirs) {
            for (Path file : files(dir)) {
                Document d;
                try {
                    d = pipeline.process(file);
                } catch (AttestException e) {
                    continue; // a seed that cannot be read is left out, not fatal
                }
                split(d, out);
            }
        }
        if (out.isEmpty()) {
            throw new AttestException(dirs + ": no seed paragraphs to build the benchmark corpus from");
        }
        return out;
    }

    private static List<Path> files(Path dir) throws AttestException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm");
            }).sorted().toList();
        } catch (IOException e) {
            throw new AttestException(dir + ": cannot list (" + e.getMessage() + ")", e);
        }
    }

    static void split(Document d, List<Paragraph> out) {
        String text = d.text();
        int from = 0;
        while (from < text.length()) {
            int to = text.indexOf("\n\n", from);
            if (to < 0) {
                to = text.length();
            }
            String para = text.substring(from, to).strip();
            if (!para.isEmpty()) {
                int offset = text.indexOf(para, from);
                List<int[]> towns = new ArrayList<>();
                for (PlaceMention p : d.places()) {
                    if (p.kind() == PlaceKind.CITY && p.span().start() >= offset
                            && p.span().end() <= offset + para.length()) {
                        towns.add(new int[] {p.span().start() - offset, p.span().end() - offset});
                    }
                }
                int[] s = new int[towns.size()];
                int[] e = new int[towns.size()];
                for (int i = 0; i < s.length; i++) {
                    s[i] = towns.get(i)[0];
                    e[i] = towns.get(i)[1];
                }
                out.add(new Paragraph(para, s, e));
            }
            from = to + 2;
        }
    }
}
