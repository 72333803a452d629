package org.attest.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.attest.model.Sentence;
import org.attest.model.Span;

/**
 * The tokens and trigger hits of one document's sentences, by sentence index, each made on first
 * request and kept: the dates that other sentences may take ({@link ContextDates}) and the
 * sentence loop of {@link EventStage} ask for the same sentences, which are then tokenized and
 * matched against the lexicon once. One per document run, not shared.
 */
final class SentenceTokens {
    private final List<Sentence> sentences;
    private final int length;
    private final Tokenizer tokenizer;
    private final TriggerPass triggers;
    /** By sentence index; null until asked. */
    private final List<List<Token>> tokens;
    private final List<List<Hit>> hits;

    SentenceTokens(List<Sentence> sentences, int length, Tokenizer tokenizer, TriggerPass triggers) {
        this.sentences = sentences;
        this.length = length;
        this.tokenizer = tokenizer;
        this.triggers = triggers;
        this.tokens = new ArrayList<>(Collections.nCopies(sentences.size(), null));
        this.hits = new ArrayList<>(Collections.nCopies(sentences.size(), null));
    }

    /** The tokens of sentence {@code si}, cut at the text's end; unmodifiable. */
    List<Token> tokens(int si) {
        if (tokens.get(si) == null) {
            tokens.set(si, List.copyOf(tokenizer.tokenize(SentenceSpans.clip(sentences.get(si).span(), length))));
        }
        return tokens.get(si);
    }

    /**
     * The tokens of the paragraph that sentence {@code si} opens, from its first sentence's start to
     * its last's end ({@link SentenceSpans#paragraph}): its sentences' tokens and those of the text
     * between them, when every sentence starts and ends where the tokenizer {@linkplain
     * Tokenizer#splitsAt splits} anyway, so that the paragraph's words are tokenized once; else the
     * paragraph tokenized whole.
     */
    List<Token> paragraph(int si) {
        Span whole = SentenceSpans.paragraph(sentences, si, length);
        List<Token> out = new ArrayList<>();
        int at = whole.start();
        for (int k = si; k < sentences.size() && sentences.get(k).paragraph() == sentences.get(si).paragraph(); k++) {
            Span s = SentenceSpans.clip(sentences.get(k).span(), length);
            if (s.start() < at || !splits(s.start(), whole) || !splits(s.end(), whole)) {
                return tokenizer.tokenize(whole);
            }
            out.addAll(tokenizer.tokenize(new Span(at, s.start())));
            out.addAll(tokens(k));
            at = s.end();
        }
        return at == whole.end() ? out : tokenizer.tokenize(whole);
    }

    /** True when offset {@code at} is one of the span's ends or a place the tokenizer splits at. */
    private boolean splits(int at, Span whole) {
        return at <= whole.start() || at >= whole.end() || tokenizer.splitsAt(at);
    }

    /** {@link TriggerPass#find} of sentence {@code si}; unmodifiable. */
    List<Hit> hits(int si) {
        if (hits.get(si) == null) {
            Sentence s = sentences.get(si);
            hits.set(si, List.copyOf(triggers.find(new SentenceContext(s.span(), tokens(si), s.heading()))));
        }
        return hits.get(si);
    }
}
