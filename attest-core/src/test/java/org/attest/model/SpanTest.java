package org.attest.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.attest.internal.Validate;
import org.junit.jupiter.api.Test;

/** Spans check their bounds with the non-varargs check and still say which bounds were bad; a binary search finds the span holding an offset. */
class SpanTest {
    @Test
    void rejectsAnEndBeforeTheStartNamingBoth() {
        assertThatThrownBy(() -> new Span(5, 3)).isInstanceOf(Validate.ContractException.class)
                .hasMessage("bad span [5, 3)");
        assertThatThrownBy(() -> new Span(-1, 3)).hasMessage("bad span [-1, 3)");
    }

    @Test
    void acceptsAnEmptySpan() {
        assertThat(new Span(4, 4).length()).isZero();
    }

    @Test
    void indexHoldingFindsTheSpanThatHoldsAnOffset() {
        List<Span> spans = List.of(new Span(0, 5), new Span(6, 10), new Span(12, 20));
        assertThat(Span.indexHolding(spans, s -> s, 0)).isEqualTo(0);
        assertThat(Span.indexHolding(spans, s -> s, 9)).isEqualTo(1);
        assertThat(Span.indexHolding(spans, s -> s, 19)).isEqualTo(2);
        assertThat(Span.indexHolding(spans, s -> s, 5)).isEqualTo(-1); // between spans
        assertThat(Span.indexHolding(spans, s -> s, 20)).isEqualTo(-1);
        assertThat(Span.indexHolding(List.<Span>of(), s -> s, 0)).isEqualTo(-1);
    }
}
