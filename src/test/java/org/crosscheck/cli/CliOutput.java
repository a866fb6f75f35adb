package org.crosscheck.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the real command line with standard output and error captured, as a shell user would see them. */
public record CliOutput(int exitCode, String out, String err) {

    public static CliOutput run(String... args) {
        var originalOut = System.out;
        var originalErr = System.err;
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = CrosscheckCommand.run(args);
            System.out.flush();
            System.err.flush();
            return new CliOutput(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    /** The printed lines of standard output. */
    public java.util.List<String> lines() {
        return out.lines().toList();
    }
}
