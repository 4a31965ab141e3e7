package dev.studybot.render;

import java.util.OptionalDouble;

/**
 * One section of the roadmap on the team's coverage map.
 *
 * @param label the section's title
 * @param doneShare the share of members who have it done, 0..1
 * @param mastery the team's mastery 0..1 from quiz answers, or empty when nobody has answered
 * @param mustKnow whether the roadmap marks it must-know
 * @param blindSpot whether the team should look at it first (outlined and listed first)
 */
public record CoverageCell(
        String label, double doneShare, OptionalDouble mastery, boolean mustKnow, boolean blindSpot) {

    /** Null text is empty; shares are clamped to 0..1, NaN share is 0 and NaN mastery absent. */
    public CoverageCell {
        label = Values.text(label);
        doneShare = Values.share(doneShare);
        mastery = Values.optionalShare(mastery);
    }
}
