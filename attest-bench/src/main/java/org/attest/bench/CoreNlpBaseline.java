package org.attest.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.attest.AttestException;
import org.attest.gazetteer.Gazetteer;
import org.attest.gazetteer.NameKeys;
import org.attest.model.PlaceKind;
import org.attest.places.Region;
import org.attest.places.RegionIndex;

/**
 * The CLIFF-CLAVIN recipe as a baseline: Stanford CoreNLP's CRF named-entity recogniser
 * ({@code english.all.3class.distsim}) finds LOCATION spans, and each span is looked up by its
 * exact key in Attest's own gazetteer and region tables: a country name first, then the most
 * populous town of that name, then a province. No context, no disambiguation beyond population:
 * that is what the recipe does, and it is the bar Attest's geoparser has to clear.
 *
 * <p>The classifier is thread-safe for classification; one instance is shared.
 */
public final class CoreNlpBaseline {
    public static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** One resolved location span. {@code geonameid} is 0 for countries and provinces. */
    public record Place(String surface, int start, int end, PlaceKind kind, long geonameid, String name,
                        String country, String admin1) {}

    private final CRFClassifier<CoreLabel> classifier;
    private final Gazetteer gazetteer;
    private final RegionIndex regions;

    private CoreNlpBaseline(CRFClassifier<CoreLabel> classifier, Gazetteer gazetteer, RegionIndex regions) {
        this.classifier = classifier;
        this.gazetteer = gazetteer;
        this.regions = regions;
    }

    /** Loads the CRF model from the CoreNLP models jar on the class path. */
    public static CoreNlpBaseline load(Gazetteer gazetteer, RegionIndex regions) throws AttestException {
        try {
            return new CoreNlpBaseline(CRFClassifier.getClassifier(MODEL), gazetteer, regions);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new AttestException(MODEL + ": cannot load the CoreNLP model (" + e.getMessage() + ")", e);
        }
    }

    /** LOCATION spans of {@code text} resolved against the gazetteer; unresolvable spans are dropped. */
    public List<Place> places(String text) {
        List<Place> out = new ArrayList<>();
        for (Triple<String, Integer, Integer> t : classifier.classifyToCharacterOffsets(text)) {
            if ("LOCATION".equals(t.first())) {
                Place p = resolve(text.substring(t.second(), t.third()), t.second(), t.third());
                if (p != null) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The place a surface names by exact key: country, else most populous town, else province. */
    Place resolve(String surface, int start, int end) {
        long hash = NameKeys.hash(NameKeys.exactKey(surface));
        Region province = null;
        for (Region r : regions.lookup(hash)) {
            if (r.kind() == PlaceKind.COUNTRY) {
                return new Place(surface, start, end, PlaceKind.COUNTRY, 0, r.name(), r.country(), null);
            }
            if (r.kind() == PlaceKind.PROVINCE && province == null) {
                province = r;
            }
        }
        int best = -1;
        for (int entry : gazetteer.exact(hash)) {
            int place = Gazetteer.placeOf(entry);
            if (best < 0 || gazetteer.population(place) > gazetteer.population(best)) {
                best = place;
            }
        }
        if (best >= 0) {
            return new Place(surface, start, end, PlaceKind.CITY, gazetteer.geonameId(best), gazetteer.name(best),
                    gazetteer.country(best), regions.admin1Name(gazetteer.country(best), gazetteer.admin1Code(best)));
        }
        if (province != null) {
            return new Place(surface, start, end, PlaceKind.PROVINCE, 0, province.name(), province.country(),
                    province.name());
        }
        return null;
    }

    /** An extraction record with only the fields the place scorer reads. */
    public static ObjectNode record(ObjectMapper mapper, String doc, List<Place> places) {
        ObjectNode o = mapper.createObjectNode();
        o.put("doc", doc);
        ArrayNode arr = o.putArray("places");
        for (Place p : places) {
            ObjectNode x = arr.addObject();
            x.put("surface", p.surface());
            x.put("start", p.start());
            x.put("end", p.end());
            if (p.geonameid() != 0) {
                x.put("geonameid", p.geonameid());
            } else {
                x.putNull("geonameid");
            }
            x.put("name", p.name());
            x.put("kind", p.kind().code());
            x.put("country", p.country());
            x.put("admin1", p.admin1());
        }
        o.putArray("unresolved");
        return o;
    }
}
