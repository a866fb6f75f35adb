package org.crosscheck.extract;

import java.util.Locale;
import org.crosscheck.model.Site;

/**
 * The part a place plays in a sentence: the attacked site, where the weapons were launched from, where a convoy was
 * seen, a locator ("near X", "X province"), or something else. Decided from the nearest cue on either side.
 */
public enum SiteRole {
    TARGET, LAUNCH, CONVOY, LOCATOR, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A role with the rule that chose it and how sure the rule is. */
    record Decision(SiteRole role, String rule, double confidence) {

        /** True when no cue decided the role, only whether the sentence is about an attack. */
        boolean fallback() {
            return rule.equals(ATTACK_SENTENCE) || rule.equals(FAR_FROM_ATTACK);
        }
    }

    private static final String ATTACK_SENTENCE = "role.target.attack-sentence";
    private static final String FAR_FROM_ATTACK = "role.other.far-from-attack";
    private static final Lexicon CONJUNCTION = new Lexicon("and", "or", "et", "ou", "y", "o", "e", "dan", "atau",
            "serta", "و", "او");

    /**
     * Whether the text between two places only continues a list ("Al-Tanf and Al-Rukban", "Green Village in Syria,
     * and in Bashur"), so the second place plays the part of the first.
     */
    static boolean listContinues(String between) {
        var folded = FoldedText.fold(between).strip();
        var words = folded.split("[^\\p{L}\\p{N}]+");
        return folded.length() <= 30 && words.length <= 6 && (folded.contains(",") || CONJUNCTION.foundIn(folded)
                || folded.startsWith("و"));
    }

    private static final int WINDOW = 70;
    /** How far after a sentence's subject its passive verb may come ("X, where troops are based, came under"). */
    private static final int SUBJECT_REACH = 160;

    /** Whether a place opens its sentence, as its subject: at most an article or a short lead-in before it. */
    private static boolean isSubject(String foldedBefore) {
        var lead = foldedBefore.strip();
        return lead.length() <= 12 && lead.chars().filter(Character::isWhitespace).count() <= 1;
    }

    /**
     * Classifies a site mention from the sentence text before and after it.
     *
     * @param before the sentence text before the mention
     * @param after  the sentence text after the mention
     * @param attack whether the sentence is about an attack
     */
    static Decision classify(Site site, String before, String after, boolean attack) {
        var left = FoldedText.fold(before.substring(Math.max(0, before.length() - WINDOW)));
        var right = FoldedText.fold(after.substring(0, Math.min(after.length(), 45))).replaceFirst("^'s\\b", "");
        int launch = Cues.LAUNCH.lastEnd(left);
        int convoy = Math.max(Cues.CONVOY.lastEnd(left), Cues.CONVOY.firstStart(right) >= 0 ? left.length() : -1);
        int locator = Cues.LOCATOR_LEFT.lastEnd(left);
        int target = Cues.TARGET_LEFT.lastEnd(left);
        int rightTarget = Cues.TARGET_RIGHT.firstStart(right);
        boolean regionAfter = Cues.LOCATOR_RIGHT.firstStart(right) == 0 || right.startsWith(" " ) && Cues.LOCATOR_RIGHT
                .firstStart(right) >= 0 && Cues.LOCATOR_RIGHT.firstStart(right) <= 2;
        if (launch >= 0 && launch >= left.length() - 25) {
            return new Decision(LAUNCH, "role.launch-cue", 0.8);
        }
        if (convoy >= 0 && convoy >= left.length() - 40) {
            return new Decision(CONVOY, "role.convoy-cue", 0.7);
        }
        boolean locatorAdjacent = locator >= 0 && locator >= left.length() - 12 && locator > target;
        if (locatorAdjacent || regionAfter) {
            return new Decision(LOCATOR, regionAfter ? "role.locator.region-word" : "role.locator.cue", 0.75);
        }
        if (site.isProvince()) {
            return new Decision(LOCATOR, "role.locator.province", 0.7);
        }
        if (rightTarget >= 0 && rightTarget <= 20) {
            return new Decision(TARGET, "role.target.passive-cue", 0.85);
        }
        if (locator > target && locator >= 0) {
            return new Decision(LOCATOR, "role.locator.cue", 0.65);
        }
        if (attack && target < 0 && isSubject(left) && Cues.TARGET_RIGHT.firstStart(FoldedText.fold(
                after.substring(0, Math.min(after.length(), SUBJECT_REACH)))) >= 0) {
            return new Decision(TARGET, "role.target.subject-passive", 0.7);
        }
        if (target >= 0 && attack) {
            return new Decision(TARGET, "role.target.cue", 0.8);
        }
        if (site.isProvince()) {
            return new Decision(LOCATOR, "role.locator.province", 0.7);
        }
        if (attack && (Cues.ATTACK.foundIn(left) || Cues.ATTACK.foundIn(right))) {
            return new Decision(TARGET, ATTACK_SENTENCE, 0.6);
        }
        if (attack) {
            return new Decision(OTHER, FAR_FROM_ATTACK, 0.5);
        }
        return new Decision(OTHER, "role.other", 0.5);
    }
}
