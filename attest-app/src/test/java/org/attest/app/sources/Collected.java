package org.attest.app.sources;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.attest.model.Source;

/** A sink that keeps what it is given, for assertions. */
final class Collected implements SourceSink {
    final List<Source> sources = new ArrayList<>();
    final List<String> sites = new ArrayList<>();
    final List<String> failures = new ArrayList<>();

    @Override
    public void accept(Source source, String site) {
        sources.add(source);
        sites.add(site);
    }

    @Override
    public void failed(String message) {
        failures.add(message);
    }

    List<String> locations() {
        return sources.stream().map(Source::location).toList();
    }

    String text(int i) {
        return new String(sources.get(i).bytes(), StandardCharsets.UTF_8);
    }
}
