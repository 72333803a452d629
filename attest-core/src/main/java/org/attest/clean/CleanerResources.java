package org.attest.clean;

import org.attest.internal.Validate;

/**
 * Everything the cleaner reads from data files, loaded once and shared: line patterns,
 * language profiles, month names, class-name hints. Immutable, safe to share between threads.
 */
public record CleanerResources(LinePatterns linePatterns, LanguageDetector languages, DateParser dates,
                               ContentHints contentHints) {
    public CleanerResources {
        Validate.notNull(linePatterns, "linePatterns");
        Validate.notNull(languages, "languages");
        Validate.notNull(dates, "dates");
        Validate.notNull(contentHints, "contentHints");
    }

    /** Loads the data files bundled in {@code org/attest/clean/}. */
    public static CleanerResources load() {
        return new CleanerResources(LinePatterns.load(), LanguageDetector.load(), DateParser.load(),
                ContentHints.load());
    }
}
