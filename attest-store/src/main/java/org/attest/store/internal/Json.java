package org.attest.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attest.AttestException;
import org.attest.model.Span;

/**
 * The JSON-in-text columns: span lists ({@code [[start,end],...]}), actor lists and check
 * figures. Kept as text so that both databases store and return them alike.
 */
final class Json {
    /** Configured once and never changed: an ObjectMapper is thread-safe for reading and writing. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static String spans(List<Span> spans) {
        StringBuilder sb = new StringBuilder("[");
        for (Span s : spans) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('[').append(s.start()).append(',').append(s.end()).append(']');
        }
        return sb.append(']').toString();
    }

    static List<Span> spans(String json, String where) throws AttestException {
        List<Span> out = new ArrayList<>();
        for (int[] pair : read(json, new TypeReference<List<int[]>>() { }, where)) {
            out.add(new Span(pair[0], pair[1]));
        }
        return out;
    }

    static String strings(List<String> values) throws AttestException {
        if (values.isEmpty()) {
            return "[]"; // what the mapper writes; most events name no actors
        }
        return write(values);
    }

    static List<String> strings(String json, String where) throws AttestException {
        if ("[]".equals(json)) {
            return List.of(); // most events name no actors: no parser needed
        }
        return read(json, new TypeReference<List<String>>() { }, where);
    }

    static String figures(Map<String, Object> figures) throws AttestException {
        return write(figures);
    }

    /** Numbers come back as Integer, Long or Double, whichever JSON gives them. */
    static Map<String, Object> figures(String json, String where) throws AttestException {
        return read(json, new TypeReference<LinkedHashMap<String, Object>>() { }, where);
    }

    private static String write(Object value) throws AttestException {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AttestException("cannot write JSON column: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type, String where) throws AttestException {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new AttestException("bad JSON in " + where + ": " + e.getOriginalMessage(), e);
        }
    }
}
