package org.attest.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores one extraction record against one gold file, as {@code shared/docs/output-schema.md}
 * defines it: places by GeoNames id (or province/country key, or unresolved surface), quantities by
 * overlapping span with equal value and qualifier, events by type, overlapping evidence and a date
 * that agrees to the gold's precision.
 */
public final class Scorer {
    /** True and false positives and negatives of one field, and the gold items missed. */
    public record Counts(int tp, int fp, int fn, List<String> missed) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            List<String> m = new ArrayList<>(missed);
            m.addAll(o.missed);
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, m);
        }
    }

    static final Counts ZERO = new Counts(0, 0, 0, List.of());

    private Scorer() {}

    static String norm(String s) {
        String d = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\bprovince\\b", "");
        return d.replaceAll("[^a-z0-9\\u0600-\\u06ff]", "");
    }

    private static Set<String> goldPlaceKeys(JsonNode g) {
        Set<String> keys = new HashSet<>();
        String kind = g.path("kind").asText("city");
        if (kind.equals("country")) {
            keys.add("country:" + g.path("country").asText("").toUpperCase(Locale.ROOT));
        } else if (kind.equals("province")) {
            keys.add("province:" + g.path("country").asText("").toUpperCase(Locale.ROOT) + ":"
                    + norm(g.hasNonNull("admin1") ? g.get("admin1").asText() : g.path("name").asText()));
        } else {
            g.path("accept").forEach(a -> keys.add("id:" + a.asLong()));
            if (g.hasNonNull("geonameid")) {
                keys.add("id:" + g.get("geonameid").asLong());
            }
            if (keys.isEmpty()) {
                keys.add("name:" + norm(g.path("name").asText()));
                keys.add("name:" + norm(g.path("surface").asText()));
                g.path("aliases").forEach(a -> keys.add("name:" + norm(a.asText())));
            }
        }
        return keys;
    }

    private static Set<String> recordPlaceKeys(JsonNode p) {
        Set<String> keys = new HashSet<>();
        String kind = p.path("kind").asText("city");
        if (kind.equals("country")) {
            keys.add("country:" + p.path("country").asText("").toUpperCase(Locale.ROOT));
        } else if (kind.equals("province")) {
            keys.add("province:" + p.path("country").asText("").toUpperCase(Locale.ROOT) + ":"
                    + norm(p.hasNonNull("admin1") ? p.get("admin1").asText() : p.path("name").asText()));
        } else {
            if (p.hasNonNull("geonameid")) {
                keys.add("id:" + p.get("geonameid").asLong());
            }
            keys.add("name:" + norm(p.path("name").asText()));
            keys.add("name:" + norm(p.path("surface").asText()));
        }
        return keys;
    }

    public static Counts places(JsonNode rec, JsonNode gold) {
        List<Set<String>> golds = new ArrayList<>();
        gold.path("places").forEach(g -> golds.add(goldPlaceKeys(g)));
        List<Set<String>> preds = new ArrayList<>();
        rec.path("places").forEach(p -> {
            Set<String> k = recordPlaceKeys(p);
            if (!preds.contains(k)) {
                preds.add(k);
            }
        });
        Set<String> unresolved = new HashSet<>();
        rec.path("unresolved").forEach(u -> unresolved.add(norm(u.path("surface").asText())));
        Set<Integer> matched = new HashSet<>();
        int tp = 0;
        int fn = 0;
        List<String> missed = new ArrayList<>();
        for (Set<String> gk : golds) {
            int hit = -1;
            for (int i = 0; i < preds.size() && hit < 0; i++) {
                if (!matched.contains(i) && intersects(gk, preds.get(i))) {
                    hit = i;
                }
            }
            if (hit >= 0) {
                matched.add(hit);
                tp++;
            } else if (gk.stream().anyMatch(k -> k.startsWith("name:") && unresolved.contains(k.substring(5)))) {
                tp++;
            } else {
                fn++;
                missed.add(String.join("|", gk));
            }
        }
        Set<String> seenIds = new HashSet<>();
        int fp = 0;
        for (int i = 0; i < preds.size(); i++) {
            if (matched.contains(i)) {
                continue;
            }
            Set<String> ids = new HashSet<>();
            preds.get(i).stream().filter(k -> k.startsWith("id:")).forEach(ids::add);
            if (!ids.isEmpty() && intersects(ids, seenIds)) {
                continue;
            }
            seenIds.addAll(ids);
            fp++;
        }
        return new Counts(tp, fp, fn, missed);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** Where a gold string stands in the record's text; white space and quote styles may differ. */
    static int[] findSpan(String text, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        // Unicode white space, as Python's str.split() and re's \s see it (gold may hold U+00A0, U+202F)
        for (String word : s.strip().split("(?U)\\s+")) {
            StringBuilder b = new StringBuilder();
            for (char c : word.toCharArray()) {
                if ("'\u2018\u2019".indexOf(c) >= 0) {
                    b.append("['\u2018\u2019]");
                } else if ("\"\u201c\u201d".indexOf(c) >= 0) {
                    b.append("[\"\u201c\u201d]");
                } else {
                    b.append(Pattern.quote(String.valueOf(c)));
                }
            }
            parts.add(b.toString());
        }
        Matcher m = Pattern.compile(String.join("(?U)[\\s\\u00a0]+", parts)).matcher(text);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    private static boolean overlaps(JsonNode x, int[] sp) {
        return sp != null && x.path("start").asInt(-1) < sp[1] && sp[0] < x.path("end").asInt(-1);
    }

    public static Counts quantities(JsonNode rec, JsonNode gold) {
        String text = rec.path("text").asText("");
        List<JsonNode> gq = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        gold.path("quantities").forEach(g -> {
            gq.add(g);
            spans.add(findSpan(text, g.path("text").asText()));
        });
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        for (JsonNode q : rec.path("quantities")) {
            for (int j = 0; j < gq.size(); j++) {
                JsonNode g = gq.get(j);
                if (used.contains(j) || !overlaps(q, spans.get(j))) {
                    continue;
                }
                boolean max = !g.hasNonNull("value_max") || q.path("value_max").asDouble(-1) == g.get("value_max").asDouble();
                if (q.path("value").asDouble(-1) == g.path("value").asDouble() && max
                        && q.path("qualifier").asText().equals(g.path("qualifier").asText())) {
                    used.add(j);
                    tp++;
                    break;
                }
            }
        }
        List<String> missed = new ArrayList<>();
        for (int j = 0; j < gq.size(); j++) {
            if (!used.contains(j)) {
                missed.add(gq.get(j).path("text").asText());
            }
        }
        return new Counts(tp, rec.path("quantities").size() - tp, gq.size() - tp, missed);
    }

    public static Counts events(JsonNode rec, JsonNode gold) {
        String text = rec.path("text").asText("");
        List<JsonNode> ge = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        gold.path("events").forEach(g -> {
            ge.add(g);
            spans.add(findSpan(text, g.path("evidence").asText()));
        });
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        for (JsonNode e : rec.path("events")) {
            for (int j = 0; j < ge.size(); j++) {
                JsonNode g = ge.get(j);
                if (used.contains(j) || !e.path("type").asText().equals(g.path("type").asText()) || !overlaps(e, spans.get(j))) {
                    continue;
                }
                String gd = g.hasNonNull("date") ? g.get("date").asText() : null;
                String pd = e.hasNonNull("date") ? e.get("date").asText() : null;
                if (gd != null && (pd == null || !pd.startsWith(gd))) {
                    continue;
                }
                used.add(j);
                tp++;
                break;
            }
        }
        List<String> missed = new ArrayList<>();
        for (int j = 0; j < ge.size(); j++) {
            if (!used.contains(j)) {
                String ev = ge.get(j).path("evidence").asText();
                missed.add(ge.get(j).path("type").asText() + ": " + (ev.length() > 60 ? ev.substring(0, 60) + "..." : ev));
            }
        }
        return new Counts(tp, rec.path("events").size() - tp, ge.size() - tp, missed);
    }
}
