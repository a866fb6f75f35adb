package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileUseTest {

    private static final long GB = 1L << 30;

    @Test
    void aLargeFileMostlyOfReplacedPagesIsWorthCompacting() {
        assertThat(new FileUse(48 * GB, 10).worthCompacting()).isTrue();
        assertThat(new FileUse(FileUse.WORTH_COMPACTING_BYTES, 49).worthCompacting()).isTrue();
    }

    @Test
    void aSmallOrMostlyLiveFileIsLeftAlone() {
        assertThat(new FileUse(FileUse.WORTH_COMPACTING_BYTES - 1, 5).worthCompacting()).isFalse();
        assertThat(new FileUse(48 * GB, 50).worthCompacting()).isFalse();
    }

    @Test
    void estimatesTheLiveBytesAndDescribesTheFile() {
        assertThat(new FileUse(10 * GB, 25).liveBytes()).isEqualTo(10 * GB / 4);
        assertThat(new FileUse(48 * GB + GB / 3, 10).describe()).isEqualTo("48.3 GB, 10 % of it in use");
    }

    @Test
    void estimatesACompactionAtAMinuteAndAHalfPerLiveGigabyte() {
        assertThat(new FileUse(48 * GB, 5).compactionTime()).hasSeconds(228);
        assertThat(new FileUse(100L << 20, 50).compactionTime()).hasSeconds(5);
    }

    @Test
    void writesSizesInKilobytesMegabytesOrGigabytes() {
        assertThat(FileUse.size(0)).isEqualTo("0 KB");
        assertThat(FileUse.size(512 * 1024)).isEqualTo("512 KB");
        assertThat(FileUse.size(3 * (1L << 20) + (1L << 19))).isEqualTo("3.5 MB");
        assertThat(FileUse.size(2 * GB + GB / 10)).isEqualTo("2.1 GB");
    }
}
