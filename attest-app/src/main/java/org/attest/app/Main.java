package org.attest.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code attest} command: the subcommands do the work. */
@Command(name = "attest", mixinStandardHelpOptions = true, version = "attest 0.1.0",
        description = "Sourced, geolocated, dated events and quantitative claims from reports.",
        subcommands = {ExtractCommand.class, EvalCommand.class, IngestCommand.class, ExportCommand.class,
                ReportCommand.class, CheckCommand.class, ServeCommand.class})
public final class Main implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
