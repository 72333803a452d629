package org.attest.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

class BoundsTest {
    private static Bounds b(double v, Qualifier q) {
        return Bounds.of(new Quantity("x", new Span(0, 1), v, null, q, "people", "people", "test"));
    }

    @Test
    void overAndAboutTheSameFigureAgree() {
        assertThat(Bounds.agree(List.of(b(1500, Qualifier.MORE_THAN), b(1500, Qualifier.ABOUT)))).isTrue();
        assertThat(Bounds.agree(List.of(b(1500, Qualifier.MORE_THAN), b(1500, Qualifier.EXACT)))).isTrue();
    }

    @Test
    void differentExactFiguresDisagree() {
        assertThat(Bounds.agree(List.of(b(42, Qualifier.EXACT), b(57, Qualifier.EXACT)))).isFalse();
        assertThat(Bounds.agree(List.of(b(100, Qualifier.UP_TO), b(150, Qualifier.AT_LEAST)))).isFalse();
    }

    @Test
    void vagueFiguresSpanAnOrderOfMagnitude() {
        assertThat(b(1000, Qualifier.VAGUE).contains(5000)).isTrue();
        assertThat(b(1000, Qualifier.VAGUE).contains(20000)).isFalse();
    }
}
