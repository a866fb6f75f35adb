package org.crosscheck.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class Admin1LocatorTest {

    private final Admin1Locator locator = new Admin1Locator(Basemap.bundled());

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Conoco,          35.3361, 40.3094, Deir ez-Zor, SY-DY, SYR
            Ain al-Asad,     33.7857, 42.4412, Al-Anbar,    IQ-AN, IRQ
            Erbil air base,  36.2375, 43.9631, Erbil,       IQ-AR, IRQ
            Tower 22,        33.3142, 38.7033, Mafraq,      JO-MA, JOR
            Al-Tanf,         33.5058, 38.6178, Homs,        SY-HI, SYR
            Al-Shaddadi,     36.0561, 40.7303, Al-Hasakah,  SY-HA, SYR
            """)
    void findsTheGovernorateOfABase(String base, double latitude, double longitude, String name, String iso,
                                    String country) {
        var admin1 = locator.locate(latitude, longitude).orElseThrow();

        assertThat(admin1.name()).isEqualTo(name);
        assertThat(admin1.isoCode()).isEqualTo(iso);
        assertThat(admin1.country()).isEqualTo(country);
        assertThat(admin1.nameAr()).isNotBlank();
    }

    @Test
    void givesArabicAndNaturalEarthNames() {
        var conoco = locator.locate(35.3361, 40.3094).orElseThrow();

        assertThat(conoco.nameAr()).isEqualTo("محافظة دير الزور");
        assertThat(conoco.naturalEarthName()).isEqualTo("Dayr Az Zawr");
    }

    @Test
    void findsNothingAtSeaOrOutsideTheData() {
        assertThat(locator.locate(33.0, 34.5)).isEmpty();
        assertThat(locator.locate(48.85, 2.35)).isEmpty();
    }
}
