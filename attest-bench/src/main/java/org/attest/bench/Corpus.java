package org.attest.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attest.AttestException;
import org.attest.ingest.MediaTypes;
import org.attest.model.Source;

/**
 * A synthetic benchmark corpus: sources (raw bytes and media type) that together hold at least
 * the requested number of bytes, built from the seed paragraphs by {@link ArticleGenerator}.
 * The same kind, size and seed always give the same corpus.
 *
 * @param sources the documents, in a fixed order
 * @param bytes   their total size in bytes (UTF-8 for text, the whole page for HTML)
 */
public record Corpus(List<Source> sources, long bytes) {
    /** The default corpus size: 50 MB, overridable by {@code -Dattest.bench.mb=N}. */
    public static long defaultBytes() {
        return Long.getLong("attest.bench.mb", 50) * 1_000_000L;
    }

    /** The default seed, overridable by {@code -Dattest.bench.seed=N}. */
    public static long defaultSeed() {
        return Long.getLong("attest.bench.seed", 20240617L);
    }

    public Corpus {
        sources = List.copyOf(sources);
    }

    /**
     * News articles of realistic lengths (log-normal around 5,000 characters, 1,000 to 40,000),
     * as plain text or as full HTML pages.
     */
    public static Corpus articles(Env env, long totalBytes, long seed, boolean html) throws AttestException {
        ArticleGenerator gen = new ArticleGenerator(SeedParagraphs.read(env.pipeline, env.sourceDirs()),
                env.gazetteer, seed);
        Random r = gen.random();
        List<Source> out = new ArrayList<>();
        long n = 0;
        while (n < totalBytes) {
            int chars = (int) Math.max(1000, Math.min(40_000, Math.exp(Math.log(5000) + 0.6 * r.nextGaussian())));
            String title = gen.title();
            List<String> body = gen.body(chars);
            LocalDate published = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(6 * 365));
            byte[] bytes;
            String name = String.format("bench-%06d", out.size());
            if (html) {
                bytes = HtmlPage.wrap(title, body, published, r).getBytes(StandardCharsets.UTF_8);
                out.add(new Source(name + ".html", "bench:" + name, bytes, MediaTypes.HTML));
            } else {
                bytes = (title + "\n\n" + String.join("\n\n", body)).getBytes(StandardCharsets.UTF_8);
                out.add(new Source(name + ".txt", "bench:" + name, bytes, MediaTypes.PLAIN));
            }
            n += bytes.length;
        }
        return new Corpus(out, n);
    }

    /** Plain-text documents of about {@code docBytes} bytes each, at least {@code totalBytes} in all. */
    public static Corpus sized(Env env, int docBytes, long totalBytes, long seed) throws AttestException {
        ArticleGenerator gen = new ArticleGenerator(SeedParagraphs.read(env.pipeline, env.sourceDirs()),
                env.gazetteer, seed);
        List<Source> out = new ArrayList<>();
        long n = 0;
        while (n < totalBytes || out.size() < 2) {
            String text = gen.article(docBytes);
            byte[] all = text.getBytes(StandardCharsets.UTF_8);
            // cut at a paragraph boundary near the requested size so sizes stay comparable
            int cut = text.length();
            if (all.length > docBytes) {
                int at = text.lastIndexOf("\n\n", Math.min(text.length(), docBytes));
                cut = at > docBytes / 2 ? at : Math.min(text.length(), docBytes);
            }
            byte[] bytes = text.substring(0, cut).getBytes(StandardCharsets.UTF_8);
            String name = String.format("sized-%d-%06d.txt", docBytes, out.size());
            out.add(new Source(name, "bench:" + name, bytes, MediaTypes.PLAIN));
            n += bytes.length;
        }
        return new Corpus(out, n);
    }

    public int size() {
        return sources.size();
    }

    public Source get(int i) {
        return sources.get(i);
    }

    /** Megabytes (10^6 bytes) in the corpus. */
    public double megabytes() {
        return bytes / 1e6;
    }
}
