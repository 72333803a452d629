package org.attest.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attest.app.sources.DirectoryFiles;

/**
 * Expands the paths given on the command line: a file stands for itself (whatever its name, so
 * that a bad one is reported), a directory for the report files below it, in name order.
 */
final class Inputs {
    private static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "xhtml");

    private Inputs() {}

    static List<Path> expand(List<Path> given) {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try {
                    DirectoryFiles.below(p).stream().filter(Inputs::isReport).forEach(out::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    out.add(p); // reported when it is read
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isReport(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(n.substring(dot + 1)) && !n.equals("readme.txt");
    }
}
