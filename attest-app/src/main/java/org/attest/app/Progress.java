package org.attest.app;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * A progress bar on standard error, shown only when standard error is a terminal (never in
 * logs, pipes or tests), and the lines printed while it runs. Lines are printed above the bar.
 */
final class Progress implements AutoCloseable {
    private final PrintStream err;
    private final ProgressBar bar;

    private Progress(PrintStream err, ProgressBar bar) {
        this.err = err;
        this.bar = bar;
    }

    /** A bar of {@code total} steps on stderr if it is a terminal, else a silent one. */
    static Progress start(String task, long total) {
        PrintStream err = System.err;
        if (!stderrIsTerminal()) {
            return new Progress(err, null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err))
                .setUpdateIntervalMillis(200).continuousUpdate().build();
        return new Progress(err, bar);
    }

    /** One step done; {@code note} is shown after the bar. */
    void step(String note) {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(note);
        }
    }

    /** Prints a line (a failure) without breaking the bar. */
    void println(String line) {
        if (bar != null) {
            synchronized (bar) {
                err.print("\r\u001b[K"); // clear the bar's line; it redraws itself below
                err.println(line);
            }
        } else {
            err.println(line);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    /**
     * Whether file descriptor 2 is a terminal. {@link System#console()} only tells about stdin
     * and stdout, and stderr is what matters here; JLine's exec provider asks {@code test -t 2}.
     */
    static boolean stderrIsTerminal() {
        if (System.getenv("TERM") == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
        } catch (java.io.IOException | RuntimeException | LinkageError e) {
            return false; // cannot tell: no bar is the safe choice
        }
    }
}
