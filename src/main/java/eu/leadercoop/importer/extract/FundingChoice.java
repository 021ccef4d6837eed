package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.Funding;

/**
 * Puts the funding read from labelled sections ({@link FundingReader}) together with the programme and measure named
 * in the page's prose ({@link FundingMentions}). A labelled value is kept where it names a known programme or where
 * the prose names none strongly; a value that names no programme (a section's stray sentence, a LAG's strategy)
 * gives way to a programme the page says funds the project. What the sections leave empty, the prose fills.
 */
final class FundingChoice {

    private FundingChoice() {
    }

    static FundingReader.Found choose(FundingReader.Found labelled, FundingMentions.Result prose) {
        FundingMentions.Found programme = prose.programme();
        // a measure named only in a LAG's notice about its running costs is not the project's
        FundingMentions.Found measure = prose.measure() != null && prose.measure().weight() > 1 ? prose.measure() : null;
        if (labelled == null) {
            if (programme == null && measure == null) {
                return null;
            }
            FundingMentions.Found where = programme != null ? programme : measure;
            return new FundingReader.Found(new Funding(value(programme), measure(measure, prose.approach()), null, null),
                    where.start(), where.end());
        }
        Funding f = labelled.funding();
        String chosenProgramme = f.programme();
        if (programme != null && (chosenProgramme == null || ProgrammeNames.get().find(chosenProgramme).isEmpty()
                && programme.weight() >= FundingMentions.FUNDING_SENTENCE)) {
            chosenProgramme = programme.value();
        }
        String chosenMeasure = f.measure() != null ? f.measure() : measure(measure, prose.approach());
        return new FundingReader.Found(new Funding(chosenProgramme, chosenMeasure, f.priority(), f.objective()),
                labelled.start(), labelled.end());
    }

    /** "LEADER 19.3": the approach that names the measure, and its code. */
    private static String measure(FundingMentions.Found code, String approach) {
        if (approach == null) {
            return value(code);
        }
        return code == null ? approach : approach + " " + code.value();
    }

    private static String value(FundingMentions.Found found) {
        return found == null ? null : found.value();
    }
}
