package eu.leadercoop.importer.match;

import eu.leadercoop.registry.ProjectDetails;

/**
 * A recorded project that an imported text may describe, and why.
 *
 * @param sameReference   both state the same reference number
 * @param titleSimilarity 0..1, how alike the text's title and the closest of the project's titles are
 * @param periodOverlaps  the periods overlap, or one of them is not known
 * @param sharedPartners  organisations named as partners by both
 */
public record ProjectCandidate(ProjectDetails project, boolean sameReference, double titleSimilarity,
                               boolean periodOverlaps, int sharedPartners) {

    /** A title this alike names the same project ("ja" for "and", a dropped quote or article). */
    public static final double SAME_TITLE = 0.9;

    /** The same reference number, or a title this alike with overlapping periods and shared partners. */
    public boolean likelySame() {
        return sameReference || (titleSimilarity >= SAME_TITLE && periodOverlaps && sharedPartners >= 2);
    }
}
