package org.attest.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one run measured, filled in by {@link BenchMain} and printed by {@link Report}. */
final class Results {
    Machine machine;
    String loadAtEnd = "unknown";
    String settings = "";
    /** Throughput by key: scan/T, clean/FORMAT, stage/NAME, pipeline/FORMAT/T, length/BYTES, corenlp/1. */
    final Map<String, Measure> measures = new LinkedHashMap<>();
    /** The stage names of the standard pipeline, in order. */
    final List<String> stages = new ArrayList<>();
    double warmLoadMs = Double.NaN;
    double warmLoadErrorMs = Double.NaN;
    double coldLoadMs = Double.NaN;
    double gazetteerMb = Double.NaN;
    double pipelineMb = Double.NaN;
    double afterWorkMb = Double.NaN;
    int gazetteerPlaces;
    GoldEval.Result gold;
    /** Smallest -Xmx (MB) that ran the heap probe, by thread count; absent when not measured. */
    final Map<Integer, Integer> minHeapMb = new LinkedHashMap<>();
    int heapStepMb;
    long elapsedSeconds;

    Measure get(String key) {
        return measures.get(key);
    }
}
