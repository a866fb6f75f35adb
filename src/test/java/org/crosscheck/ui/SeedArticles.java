package org.crosscheck.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.DateBasis;
import org.crosscheck.store.ArticleRepository;

/** Stores the five seed texts from {@code seeds/} with hand-written headers, for view tests that need a filled list. */
public final class SeedArticles {

    private record Header(String file, String outlet, String title, LocalDate published) {
    }

    private static final List<Header> HEADERS = List.of(
            new Header("000_5b8976caa21c9ce2.txt", "TRIBUNNEWS.COM", "Explosions rock US base at Conoco oil field",
                    LocalDate.of(2024, 1, 12)),
            new Header("001_04a825ad6d59242b.txt", "The Cradle", "Rocket salvos hit US base at Syria's largest oil field",
                    LocalDate.of(2024, 7, 26)),
            new Header("002_1c69196dbcf4aa03.txt", null, null, null),
            new Header("003_5f9ea44ed39dbe39.txt", "Antiwar.com", "Six missiles hit US base at Al-Omar oil field",
                    LocalDate.of(2023, 10, 27)),
            new Header("004_ca81ca16356623c8.txt", "Al-Mayadeen", "Islamic Resistance claims drone attacks on Al-Tanf",
                    LocalDate.of(2023, 10, 24)));

    private SeedArticles() {
    }

    public static List<Article> insertInto(ArticleRepository articles) throws Exception {
        var stored = new ArrayList<Article>();
        for (var header : HEADERS) {
            var text = Files.readString(Path.of("seeds", header.file()), StandardCharsets.UTF_8);
            stored.add(articles.insert(new Article(0, header.file(), sha256(text), text, header.outlet(), null,
                    header.title(), null, "en", header.published(),
                    header.published() == null ? null : DateBasis.EXPLICIT, null, Instant.now())));
        }
        return stored;
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
