package org.crosscheck.ui.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.Mention;
import org.crosscheck.model.MentionKind;
import org.crosscheck.model.TimePrecision;

/**
 * Turns what the extractor found into reader highlights: claims as tints coloured by aspect, site and date mentions
 * as lines under the text, each with a hover text that explains it (value, rule and confidence; for dates their
 * precision and basis; for claims speaker, cue and stance), so the analyst can see why the extractor decided.
 */
public final class ReaderMarks {

    public static final String SITE = "mention-site";
    public static final String DATE = "mention-date";

    private ReaderMarks() {
    }

    /** The style class of claims about {@code aspect}, e.g. {@code claim-weapon}; its band uses {@code -band}. */
    public static String claimStyle(Aspect aspect) {
        return "claim-" + aspect.code();
    }

    /**
     * The aspects from the most telling to the least, the order of the reader's colours and the detail panel's
     * groups: where several claims share a sentence, the one about casualties, damage or the outcome colours it
     * rather than the weapon named or the bare occurrence, which nearly every sentence states.
     */
    public static final Comparator<Aspect> TELLING_FIRST = Comparator.comparingInt(List.of(Aspect.CASUALTIES,
            Aspect.DAMAGE, Aspect.OUTCOME, Aspect.COUNT, Aspect.CONFIRMATION, Aspect.RESPONSIBILITY, Aspect.WEAPON,
            Aspect.LOCATION, Aspect.DATE, Aspect.OCCURRENCE)::indexOf);

    /** The highlights to show, given which kinds the analyst has switched on. */
    public static List<Highlight> highlights(ArticleMarks marks, boolean sites, boolean dates, boolean claims) {
        var result = new ArrayList<Highlight>();
        if (claims) {
            marks.claims().stream().filter(claim -> claim.span() != null && claim.aspect() != null)
                    .sorted(Comparator.comparing(Claim::aspect, TELLING_FIRST))
                    .map(ReaderMarks::claim).forEach(result::add);
        }
        for (var mention : marks.mentions()) {
            if (mention.kind() == MentionKind.SITE ? sites : dates) {
                result.add(mention(mention, marks.siteNames().getOrDefault(mention.value(), mention.value())));
            }
        }
        return result;
    }

    static Highlight claim(Claim claim) {
        var text = new StringBuilder(aspectName(claim.aspect())).append(" claim: ").append(orDash(claim.value()))
                .append("\nSpeaker: ").append(orDash(claim.attributedTo()))
                .append(" · cue ").append(claim.cue() == null || claim.cue().isBlank() ? "—" : "“" + claim.cue() + "”")
                .append(" · ").append(claim.stance() == null ? "stance not known" : claim.stance().code())
                .append('\n').append(ruleLine(claim.rule(), claim.confidence()));
        return new Highlight(claim.span(), claimStyle(claim.aspect()), text.toString(), Highlight.Mark.TINT);
    }

    static Highlight mention(Mention mention, String siteName) {
        var text = new StringBuilder();
        if (mention.kind() == MentionKind.SITE) {
            text.append("Site: ").append(siteName);
            if (mention.role() != null && !mention.role().isBlank()) {
                text.append(" (").append(mention.role()).append(')');
            }
        } else {
            text.append("Date: ").append(mention.value())
                    .append("\nPrecision: ").append(precision(mention.precision()))
                    .append(" · basis: ").append(basis(mention.basis()));
        }
        text.append('\n').append(ruleLine(mention.rule(), mention.confidence()));
        return new Highlight(mention.span(), mention.kind() == MentionKind.SITE ? SITE : DATE, text.toString(),
                Highlight.Mark.UNDERLINE);
    }

    /** "Responsibility" for {@link Aspect#RESPONSIBILITY}. */
    public static String aspectName(Aspect aspect) {
        var code = aspect.code();
        return Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }

    /** "day", "week" or "month": how precisely a date is known. */
    public static String precision(TimePrecision precision) {
        return precision == null ? "—" : precision.name().toLowerCase(Locale.ROOT);
    }

    /** How a date was obtained, in words. */
    public static String basis(DateBasis basis) {
        if (basis == null) {
            return "—";
        }
        return switch (basis) {
            case EXPLICIT -> "stated in the text";
            case RELATIVE_TO_PUBLISHED -> "relative to publication";
            case INFERRED_FROM_CONTEXT -> "inferred from the text";
        };
    }

    private static String ruleLine(String rule, double confidence) {
        return "Rule: " + orDash(rule) + " · confidence " + String.format(Locale.ROOT, "%.2f", confidence);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
