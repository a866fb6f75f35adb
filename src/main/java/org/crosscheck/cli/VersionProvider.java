package org.crosscheck.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest, so {@code --version} matches the build. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        var version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Crosscheck " + (version == null ? "development build" : version)};
    }
}
