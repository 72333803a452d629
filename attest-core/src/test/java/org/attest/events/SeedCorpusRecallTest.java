package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.attest.model.Sentence;
import org.attest.model.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Event type-and-span recall over the shared seed corpus against its gold, when the corpus is
 * present (system property {@code attest.shared.dir}); skipped otherwise. The other stages are not
 * available here, so sentences and dates come from deliberately naive stand-ins below; the
 * threshold is modest and general. Writes {@code target/events-seeds.jsonl} for
 * {@code tools/score.py}.
 */
class SeedCorpusRecallTest {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"\u201d\u2019)]*(?=[\\s\u00a0]+[\"\u201c(]?[A-Z0-9])");
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:(\\d{1,2}) (" + MONTHS + ")(?: (\\d{4}))?|(" + MONTHS + ")(?: (\\d{1,2}))?(?:,? (\\d{4}))?|((?:19|20)\\d{2}))\\b");

    @Test
    void recallOverSeedGold() throws IOException {
        String shared = System.getProperty("attest.shared.dir");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus", "seeds")),
                "shared seed corpus not present");
        Path corpus = Path.of(shared, "corpus", "seeds");
        Path goldDir = Path.of(shared, "gold", "seeds");
        EventStage stage = new EventStage(EventLexicon.load());
        ObjectMapper json = new ObjectMapper();
        int gold = 0;
        int found = 0;
        int predicted = 0;
        int correct = 0;
        List<String> records = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            Path g = goldDir.resolve(f.getFileName().toString().replace(".txt", ".json"));
            if (!Files.exists(g)) {
                continue;
            }
            JsonNode gj = json.readTree(g.toFile());
            String text = Files.readString(f, StandardCharsets.UTF_8);
            LocalDate published = gj.hasNonNull("published") ? LocalDate.parse(gj.get("published").asText()) : null;
            Document doc = Document.of(f.getFileName().toString(), "file:" + f, "0", null, published, "en", text, List.of());
            doc = doc.withSentences(naiveSentences(text)).withDates(naiveDates(text, published));
            List<Event> events = stage.apply(doc).events();
            predicted += events.size();
            boolean[] used = new boolean[events.size()];
            for (JsonNode ge : gj.get("events")) {
                Span sp = find(text, ge.get("evidence").asText());
                if (sp == null) {
                    continue;
                }
                gold++;
                String gd = ge.hasNonNull("date") ? ge.get("date").asText() : null;
                for (int i = 0; i < events.size(); i++) {
                    Event e = events.get(i);
                    if (!used[i] && e.type().equals(ge.get("type").asText()) && e.span().overlaps(sp)
                            && (gd == null || (e.date() != null && e.date().startsWith(gd)))) {
                        used[i] = true;
                        found++;
                        correct++;
                        break;
                    }
                }
            }
            records.add(json.writeValueAsString(record(doc, events)));
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "events-seeds.jsonl"), records, StandardCharsets.UTF_8);
        double recall = gold == 0 ? 0 : (double) found / gold;
        double precision = predicted == 0 ? 0 : (double) correct / predicted;
        System.out.printf("seed events: recall %.3f (%d/%d), precision %.3f (%d/%d)%n",
                recall, found, gold, precision, correct, predicted);
        assertThat(gold).isPositive();
        assertThat(recall).isGreaterThanOrEqualTo(0.4);
        assertThat(precision).isGreaterThanOrEqualTo(0.25);
    }

    private static Map<String, Object> record(Document doc, List<Event> events) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("doc", doc.name());
        r.put("text", doc.text());
        List<Map<String, Object>> ev = new ArrayList<>();
        for (Event e : events) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", e.type());
            m.put("date", e.date());
            m.put("date_precision", e.datePrecision().code());
            m.put("actors", e.actors());
            m.put("claimant", e.claimant());
            m.put("trigger", e.trigger());
            m.put("start", e.span().start());
            m.put("end", e.span().end());
            ev.add(m);
        }
        r.put("events", ev);
        return r;
    }

    /** Paragraphs at blank lines, lines as blocks, sentences at end punctuation before a capital. */
    static List<Sentence> naiveSentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        boolean blank = false;
        for (String line : text.split("\n", -1)) {
            int ls = lineStart;
            lineStart += line.length() + 1;
            if (line.isBlank()) {
                blank = true;
                continue;
            }
            if (blank && !out.isEmpty()) {
                paragraph++;
            }
            blank = false;
            boolean heading = !line.strip().matches(".*[.!?:\"\u201d]$");
            Matcher m = SENTENCE_END.matcher(line);
            int s = 0;
            while (m.find()) {
                out.add(trimmed(ls, line, s, m.end(), paragraph, heading));
                s = m.end();
            }
            out.add(trimmed(ls, line, s, line.length(), paragraph, heading));
            if (!blank) {
                paragraph++;
            }
        }
        out.removeIf(x -> x.span().length() == 0);
        return out;
    }

    private static Sentence trimmed(int base, String line, int s, int e, int paragraph, boolean heading) {
        while (s < e && Character.isWhitespace(line.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(line.charAt(e - 1))) {
            e--;
        }
        return new Sentence(new Span(base + s, base + e), paragraph, heading);
    }

    /** Month-day-year shapes and bare years; a missing year is the published or commonest recent year. */
    static List<DateMention> naiveDates(String text, LocalDate published) {
        Map<String, Integer> years = new HashMap<>();
        Matcher y = Pattern.compile("\\b20\\d{2}\\b").matcher(text);
        while (y.find()) {
            years.merge(y.group(), 1, Integer::sum);
        }
        String defaultYear = published != null ? String.valueOf(published.getYear())
                : years.entrySet().stream().map(Map.Entry::getKey).max(String::compareTo).orElse(null);
        List<DateMention> out = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            String day = m.group(1) != null ? m.group(1) : m.group(5);
            String month = m.group(2) != null ? m.group(2) : m.group(4);
            String year = m.group(3) != null ? m.group(3) : m.group(6) != null ? m.group(6) : m.group(7);
            if (month == null) {
                out.add(new DateMention(m.group(), new Span(m.start(), m.end()), year, DatePrecision.YEAR, false, "naive"));
                continue;
            }
            if (month.equals("May") && day == null && year == null
                    && !text.substring(Math.max(0, m.start() - 7), m.start()).matches("(?s).*\\b(in|of|during|by) $")) {
                continue;
            }
            boolean relative = year == null;
            year = year == null ? defaultYear : year;
            if (year == null) {
                continue;
            }
            int mm = List.of(MONTHS.split("\\|")).indexOf(month) + 1;
            String value = String.format("%s-%02d", year, mm);
            DatePrecision p = DatePrecision.MONTH;
            if (day != null) {
                value += String.format("-%02d", Integer.parseInt(day));
                p = DatePrecision.DAY;
            }
            out.add(new DateMention(m.group(), new Span(m.start(), m.end()), value, p, relative, "naive"));
        }
        return out;
    }

    private static Span find(String text, String evidence) {
        String[] words = evidence.trim().split("\\s+");
        StringBuilder re = new StringBuilder();
        for (String w : words) {
            if (re.length() > 0) {
                re.append("\\s+");
            }
            re.append(Pattern.quote(w));
        }
        Matcher m = Pattern.compile(re.toString()).matcher(text);
        return m.find() ? new Span(m.start(), m.end()) : null;
    }
}
