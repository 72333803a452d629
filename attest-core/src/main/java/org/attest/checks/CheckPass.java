package org.attest.checks;

import java.util.List;
import org.attest.checks.Enumerations.Enumeration;
import org.attest.model.Check;
import org.attest.model.Document;

/** One kind of within-document check: a pure function from a document to its findings. */
interface CheckPass {
    /** The kind of check it adds ({@code claimed_vs_listed}, ...). */
    String kind();

    /**
     * The findings of this kind, in text order.
     *
     * @param doc   a document with places, quantities and events found
     * @param lists the document's enumerations of places, found once for all passes
     */
    List<Check> find(Document doc, List<Enumeration> lists);
}
