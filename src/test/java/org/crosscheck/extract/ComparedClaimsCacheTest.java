package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.junit.jupiter.api.Test;

class ComparedClaimsCacheTest {

    private final ComparedClaims.Codes codes = new ComparedClaims.Codes();

    private static Claim claim(long id, long article) {
        return new Claim(id, article, 7L, new Span(0, 20), "Rockets hit the Conoco base on Friday.", "official",
                "said", Aspect.OCCURRENCE, "attack", Stance.ASSERTS, "attribution.speaker-verb", 0.8, Origin.AUTO,
                null, null);
    }

    private ComparedClaims compared(Claim... claims) {
        return ComparedClaims.of(List.of(claims), Map.of(), codes);
    }

    @Test
    void keepsIncidentsUntilItsBoundIsReachedAndNoneAfter() {
        var one = compared(claim(1, 1), claim(2, 2));
        var cache = new ComparedClaimsCache(one.bytes() + 10);

        cache.offer(7, one);
        cache.offer(8, compared(claim(3, 3)));

        assertThat(cache.get(7)).isSameAs(one);
        assertThat(cache.get(8)).isNull();
        cache.removeAll(List.of(7L));
        cache.offer(8, compared(claim(3, 3)));
        assertThat(cache.get(8)).isNotNull();
    }

    @Test
    void addsNewlyStoredClaimsToKeptIncidentsOnly() {
        var cache = new ComparedClaimsCache(Long.MAX_VALUE);
        cache.offer(7, compared(claim(1, 1), claim(5, 5)));

        cache.addStored(7, List.of(claim(9, 3)), Map.of(), codes);
        cache.addStored(8, List.of(claim(10, 4)), Map.of(), codes);

        var kept = cache.get(7);
        assertThat(List.of(kept.id(0), kept.id(1), kept.id(2))).containsExactly(1L, 9L, 5L);
        assertThat(cache.get(8)).isNull();
    }

    @Test
    void forgetsEverythingWhenCleared() {
        var cache = new ComparedClaimsCache(Long.MAX_VALUE);
        cache.offer(7, compared(claim(1, 1)));
        cache.offer(8, compared(claim(2, 2)));

        cache.clear();

        assertThat(cache.get(7)).isNull();
        assertThat(cache.get(8)).isNull();
    }
}
