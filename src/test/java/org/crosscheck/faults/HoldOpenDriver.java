package org.crosscheck.faults;

import java.io.IOException;
import java.nio.file.Path;
import org.crosscheck.AppContext;

/**
 * A child-process main standing for a first Crosscheck window: it opens the database, prints {@code open} and
 * keeps it open until its standard input is closed. Arguments: database file.
 */
public final class HoldOpenDriver {

    private HoldOpenDriver() {
    }

    public static void main(String[] args) throws IOException {
        try (var context = AppContext.open(Path.of(args[0]))) {
            System.out.println("open " + context.stats().counts().get("articles"));
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
