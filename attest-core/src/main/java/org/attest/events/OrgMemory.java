package org.attest.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Organisation names seen so far in one document, for resolving "the network", "they" and the
 * like to the nearest earlier named organisation. One instance per document run; not shared.
 */
final class OrgMemory {
    /** Compiled once: {@code String.split} compiles a pattern of more than one character on every call. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

    private final List<String> names = new ArrayList<>();
    /** The lower-case words of each name, split when a lookup first needs them. */
    private final Map<String, String[]> parts = new HashMap<>();

    void add(String name) {
        names.add(name);
    }

    /**
     * The nearest earlier organisation whose name holds {@code headWord} (any, when null or none
     * holds it), or {@code null} when none was seen.
     */
    String resolve(String headWord) {
        if (names.isEmpty()) {
            return null;
        }
        if (headWord != null) {
            String w = headWord.toLowerCase(Locale.ROOT);
            for (int i = names.size() - 1; i >= 0; i--) {
                for (String part : parts.computeIfAbsent(names.get(i), OrgMemory::split)) {
                    if (part.equals(w)) {
                        return names.get(i);
                    }
                }
            }
        }
        return names.get(names.size() - 1);
    }

    private static String[] split(String name) {
        return SEPARATORS.split(name.toLowerCase(Locale.ROOT));
    }
}
