package org.attest.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.attest.internal.Validate;
import org.junit.jupiter.api.Test;

/** Spans check their bounds with the non-varargs check and still say which bounds were bad. */
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
}
