package org.attest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the benchmark ran on, read from /proc and the JVM. Missing facts read "unknown". */
public record Machine(int cpus, String cpuModel, String memory, String java, String loadAverage) {
    static Machine read() {
        return new Machine(Runtime.getRuntime().availableProcessors(), field("/proc/cpuinfo", "model name"),
                memTotal(), System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                currentLoad());
    }

    /** The 1, 5 and 15 minute load averages, from /proc/loadavg. */
    static String currentLoad() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String memTotal() {
        String kb = field("/proc/meminfo", "MemTotal").replaceAll("[^0-9]", "");
        return kb.isEmpty() ? "unknown" : String.format("%.1f GiB", Long.parseLong(kb) / 1024.0 / 1024.0);
    }

    private static String field(String file, String name) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            for (String l : lines) {
                int colon = l.indexOf(':');
                if (colon > 0 && l.substring(0, colon).trim().equals(name)) {
                    return l.substring(colon + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux, or not readable: say unknown
        }
        return "unknown";
    }
}
