package org.crosscheck.model;

import java.util.List;

/** A row of the gazetteer: a base, town or province that attacks are reported against, with its spellings. */
public record Site(
        String id,
        String name,
        List<String> aliases,
        String country,
        String admin1,
        String kind,
        double latitude,
        double longitude,
        int precisionMetres) {

    public Site {
        aliases = List.copyOf(aliases);
    }

    /** ACLED geo_precision for an event placed at this site: 1 base or town, 3 a province-level locator. */
    public int geoPrecision() {
        return "province".equals(kind) ? 3 : 1;
    }

    public boolean isProvince() {
        return "province".equals(kind);
    }
}
