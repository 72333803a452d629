package org.attest.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.bench.SeedParagraphs.Paragraph;
import org.attest.gazetteer.Gazetteer;

/**
 * Makes new articles from seed paragraphs: paragraphs drawn and recombined at random, towns
 * swapped for other GeoNames towns, figures changed, sentences sometimes reordered or dropped.
 * The point is a corpus large and varied enough that no cache (of names, sentences or
 * documents) can make a benchmark look faster than real input would. Like a real report, each
 * article is mostly about one country: four in five swapped towns come from a country drawn
 * for the article, the rest from anywhere. Deterministic for a seed.
 */
public final class ArticleGenerator {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\u201c\"])");
    /** Towns smaller than this are too obscure to stand in for the seeds' towns. */
    private static final long MIN_POPULATION = 15_000;

    private final List<Paragraph> paragraphs;
    private final List<Paragraph> headings;
    private final String[] towns;
    /** Towns grouped by country, for countries with at least 20 towns. */
    private final List<String[]> townsByCountry;
    private final Random random;
    private String[] focus;

    public ArticleGenerator(List<Paragraph> paragraphs, Gazetteer gazetteer, long seed) {
        this.paragraphs = List.copyOf(paragraphs);
        List<Paragraph> h = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (p.text().length() >= 20 && p.text().length() <= 120) {
                h.add(p);
            }
        }
        this.headings = h.isEmpty() ? this.paragraphs : h;
        java.util.Map<String, List<String>> byCountry = new java.util.TreeMap<>();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < gazetteer.size(); i++) {
            if (gazetteer.population(i) >= MIN_POPULATION) {
                all.add(gazetteer.name(i));
                byCountry.computeIfAbsent(gazetteer.country(i), k -> new ArrayList<>()).add(gazetteer.name(i));
            }
        }
        this.towns = all.toArray(String[]::new);
        this.townsByCountry = byCountry.values().stream().filter(l -> l.size() >= 20)
                .map(l -> l.toArray(String[]::new)).toList();
        this.random = new Random(seed);
        this.focus = towns;
    }

    public int townCount() {
        return towns.length;
    }

    public Random random() {
        return random;
    }

    /** A title: a short seed paragraph, varied. */
    public String title() {
        return vary(headings.get(random.nextInt(headings.size())));
    }

    /** Body paragraphs adding up to at least {@code chars} characters, about a newly drawn country. */
    public List<String> body(int chars) {
        focus = townsByCountry.isEmpty() ? towns : townsByCountry.get(random.nextInt(townsByCountry.size()));
        List<String> out = new ArrayList<>();
        int n = 0;
        while (n < chars) {
            String p = vary(paragraphs.get(random.nextInt(paragraphs.size())));
            out.add(p);
            n += p.length() + 2;
        }
        return out;
    }

    /** A plain-text article: title, blank line, paragraphs separated by blank lines. */
    public String article(int chars) {
        return title() + "\n\n" + String.join("\n\n", body(chars));
    }

    /** One paragraph with its towns swapped, its figures changed and maybe its sentences reordered. */
    String vary(Paragraph p) {
        StringBuilder b = new StringBuilder(p.text());
        for (int i = p.townStarts().length - 1; i >= 0; i--) {
            String[] from = random.nextInt(5) == 0 ? towns : focus;
            b.replace(p.townStarts()[i], p.townEnds()[i], from[random.nextInt(from.length)]);
        }
        String s = changeFigures(b);
        if (random.nextInt(4) == 0) {
            List<String> sentences = new ArrayList<>(List.of(SENTENCE_END.split(s)));
            if (sentences.size() > 2) {
                Collections.shuffle(sentences, random);
                if (random.nextBoolean()) {
                    sentences.remove(sentences.size() - 1);
                }
                s = String.join(" ", sentences);
            }
        }
        return s;
    }

    /**
     * Digit runs get new digits of the same length; four-digit years (19xx, 20xx) are kept and
     * numbers up to 31 become 1 to 28, so a changed day of the month is still a real date.
     */
    private String changeFigures(CharSequence text) {
        Matcher m = DIGITS.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            String d = m.group();
            out.append(text, last, m.start());
            if (d.length() == 4 && (d.startsWith("19") || d.startsWith("20"))) {
                out.append(d);
            } else if (d.length() <= 2 && Integer.parseInt(d) <= 31) {
                out.append(1 + random.nextInt(28)); // may be a day of the month: keep it a valid one
            } else {
                for (int i = 0; i < d.length(); i++) {
                    boolean lead = i == 0 && d.length() > 1;
                    out.append((char) ('0' + (lead ? 1 + random.nextInt(9) : random.nextInt(10))));
                }
            }
            last = m.end();
        }
        out.append(text, last, text.length());
        return out.toString();
    }
}
