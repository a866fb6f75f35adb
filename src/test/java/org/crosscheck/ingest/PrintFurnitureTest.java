package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintFurnitureTest {

    @Test
    void removesTheHeaderAndFooterABrowserPrintsOnEachPage() {
        var printed = """
                11/20/26, 3:41 PM Drone attack targets Harir base in Erbil province | Rudaw.net
                Drone attack targets Harir base in Erbil province
                24-01-2024
                An armed drone targeted Harir air base late on Tuesday.
                https://www.rudaw.net/english/kurdistan/240120241 1/2
                20.11.26, 15:41 Drone attack targets Harir base in Erbil province | Rudaw.net
                "There were no casualties or damages," the statement read.
                https://www.rudaw.net/english/kurdistan/240120241 2/2""";

        assertThat(PrintFurniture.remove(printed)).isEqualTo("""
                Drone attack targets Harir base in Erbil province
                24-01-2024
                An armed drone targeted Harir air base late on Tuesday.
                "There were no casualties or damages," the statement read.
                """);
    }

    @Test
    void keepsADateLineOfTheArticleItself() {
        var text = "Rockets hit the base\n1/20/2024, 6:30 PM EST\nTwo rockets hit Ain al-Asad on Saturday.";

        assertThat(PrintFurniture.remove(text)).isEqualTo(text);
    }
}
