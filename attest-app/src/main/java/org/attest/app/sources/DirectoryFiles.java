package org.attest.app.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The regular files below a directory, in name order, named under the path the user gave. */
public final class DirectoryFiles {
    private DirectoryFiles() {}

    /**
     * A directory given as a symbolic link is read through the link (a walk that does not follow
     * links would find nothing in it); links inside it are not followed, so no loop can arise.
     */
    public static List<Path> below(Path dir) throws IOException {
        Path real = dir.toRealPath();
        try (Stream<Path> walk = Files.walk(real)) {
            return walk.filter(Files::isRegularFile).sorted().map(f -> dir.resolve(real.relativize(f))).toList();
        }
    }
}
