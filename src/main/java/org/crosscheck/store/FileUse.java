package org.crosscheck.store;

/**
 * How much of the database file holds live data. Every commit is written at once ({@code WRITE_DELAY=0}), which
 * leaves H2 no background writer to reclaim the space of replaced pages, so after a large import or extraction most
 * of the file can be old page copies until it is compacted ({@link Database#compact}).
 *
 * @param fileBytes the size of the {@code .mv.db} file
 * @param livePercent the share of the file's chunks that live pages fill, 0 to 100
 */
public record FileUse(long fileBytes, int livePercent) {

    /** Below this a file is too small to be worth a compaction, whatever its live share. */
    static final long WORTH_COMPACTING_BYTES = 256L << 20;
    /** Compact once less than this share of the file is live. */
    static final int WORTH_COMPACTING_LIVE_PERCENT = 50;

    /** Seconds a compaction takes per gigabyte of live data, as measured on the 2-core reference machine. */
    private static final double COMPACTION_SECONDS_PER_LIVE_GB = 95;

    /** About how many bytes a compacted copy of the file needs. */
    public long liveBytes() {
        return fileBytes * livePercent / 100;
    }

    /** Whether compacting would give back a large part of a large file. */
    public boolean worthCompacting() {
        return fileBytes >= WORTH_COMPACTING_BYTES && livePercent < WORTH_COMPACTING_LIVE_PERCENT;
    }

    /** About how long {@link Database#compact} takes on this file. */
    public java.time.Duration compactionTime() {
        return java.time.Duration.ofSeconds(Math.round(liveBytes() / 1073741824.0 * COMPACTION_SECONDS_PER_LIVE_GB));
    }

    /** "48.3 GB, 10 % of it in use". */
    public String describe() {
        return size(fileBytes) + ", " + livePercent + " % of it in use";
    }

    /** A byte count as "512 KB", "3.5 MB" or "48.3 GB". */
    public static String size(long bytes) {
        if (bytes < 1L << 20) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        if (bytes < 1L << 30) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / 1073741824.0);
    }
}
