package org.attest.dates;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attest.dates.DateLexicon.Need;
import org.attest.dates.DateLexicon.RelativePhrase;
import org.attest.dates.DateLexicon.RelativeUnit;
import org.attest.dates.DateLexicon.WordInfo;
import org.attest.internal.Validate;

/**
 * Reads, for {@link DateLexicon#load()}, everything each date word may be or start: a month
 * ({@code months.txt}), a weekday ({@code weekdays.txt}), a Solar Hijri month
 * ({@code persian-months.txt}), the first word of relative phrases ({@code relative.txt}) or a
 * week's ordinal ({@code week-ordinals.txt}). An entry marked {@code *} needs a number beside it,
 * one marked {@code ?} a number or a context word.
 */
final class DateWords {
    private DateWords() {
    }

    /**
     * Every word of those files, lower case, with what it may be.
     *
     * @throws java.io.UncheckedIOException when a resource is missing or unreadable (a packaging error)
     */
    static Map<String, WordInfo> load() {
        Map<String, Builder> b = new HashMap<>();
        for (String line : DateLexicon.lines("months.txt")) {
            String[] f = line.split("\\s+");
            int n = Integer.parseInt(f[0]);
            for (int i = 1; i < f.length; i++) {
                Builder w = b.computeIfAbsent(strip(f[i]), k -> new Builder());
                w.month = n;
                w.monthNeed = need(f[i]);
            }
        }
        for (String line : DateLexicon.lines("weekdays.txt")) {
            String[] f = line.split("\\s+");
            DayOfWeek d = DayOfWeek.of(Integer.parseInt(f[0]));
            for (int i = 1; i < f.length; i++) {
                Builder w = b.computeIfAbsent(strip(f[i]), k -> new Builder());
                w.weekday = d;
                w.weekdayNeed = need(f[i]);
            }
        }
        for (String line : DateLexicon.lines("persian-months.txt")) {
            String[] f = line.split("\\s+");
            int n = Integer.parseInt(f[0]);
            for (int i = 1; i < f.length; i++) {
                Builder w = b.computeIfAbsent(strip(f[i]), k -> new Builder());
                w.persianMonth = n;
                w.persianNeed = need(f[i]);
            }
        }
        for (String line : DateLexicon.lines("relative.txt")) {
            String[] f = line.split("\\|");
            Validate.isTrue(f.length == 3 || (f.length == 4 && f[3].trim().equals("narrative")),
                    "relative.txt: bad line %s", line);
            List<String> phrase = List.of(f[0].trim().split(" "));
            RelativePhrase p = new RelativePhrase(phrase, RelativeUnit.valueOf(f[1].trim().toUpperCase(Locale.ROOT)),
                    Integer.parseInt(f[2].trim()), f.length == 4);
            b.computeIfAbsent(phrase.get(0), k -> new Builder()).phrases.add(p);
        }
        for (String line : DateLexicon.lines("week-ordinals.txt")) {
            String[] f = line.split("\\|");
            b.computeIfAbsent(f[0].trim(), k -> new Builder()).weekOrdinal = Integer.parseInt(f[1].trim());
        }
        Map<String, WordInfo> words = new HashMap<>();
        b.forEach((k, v) -> words.put(k, v.build()));
        return words;
    }

    private static final class Builder {
        int month;
        Need monthNeed = Need.NONE;
        DayOfWeek weekday;
        Need weekdayNeed = Need.NONE;
        int persianMonth;
        Need persianNeed = Need.NONE;
        final List<RelativePhrase> phrases = new ArrayList<>();
        int weekOrdinal;

        WordInfo build() {
            // longest first, so the first phrase that matches is the longest one
            phrases.sort(Comparator.comparingInt((RelativePhrase p) -> p.words().size()).reversed());
            return new WordInfo(month, monthNeed, weekday, weekdayNeed, persianMonth, persianNeed,
                    phrases, weekOrdinal);
        }
    }

    private static Need need(String entry) {
        return entry.startsWith("*") ? Need.NUMBER : entry.startsWith("?") ? Need.CONTEXT : Need.NONE;
    }

    private static String strip(String entry) {
        return entry.replaceFirst("^[*?]", "").toLowerCase(Locale.ROOT);
    }
}
