package org.attest.checks;

import java.util.List;
import org.attest.model.Check;

/** One kind of within-document check: a pure function from a document to its findings. */
interface CheckPass {
    /** The kind of check it adds ({@code claimed_vs_listed}, ...). */
    String kind();

    /**
     * The findings of this kind, in text order.
     *
     * @param in the document and what was found in it once for all passes
     */
    List<Check> find(CheckInput in);
}
