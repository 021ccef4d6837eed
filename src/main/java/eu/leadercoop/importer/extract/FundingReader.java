package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.Funding;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads where the money comes from. Numbered labels keep their number ({@code Priorytet 6 PROW: ...},
 * {@code Cel 5: ...}, {@code Działanie 4 KSOW: ...}); a free-text funder line is cut at its measure
 * ({@code MTÜ Võrumaa Partnerluskogu strateegia meede 1.2 “...”} is programme + measure). The programme is
 * the funder's words, else the first programme name known (PROW, MAK, KSOW, LEADER, ...).
 */
final class FundingReader {

    /** What was read and where. */
    record Found(Funding funding, int start, int end) {
    }

    private static final Pattern MEASURE = Pattern.compile(
            "(?<![\\p{L}])(?:meede|meetme|measure|działanie|poddziałanie|tegevussuund)\\s+\\d",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PROGRAMME = Pattern.compile(
            "(?<![\\p{L}])(?:PROW(?: \\d{4}[-–]\\d{4})?|KSOW|MAK(?: \\d{4}[-–]\\d{4})?|Maaelu arengukava|Maaeluvõrgustik"
                    + "|EAFRD|EAFRD|EFRROW|Interreg(?: [\\p{L}-]+)?|Rural Development Programme"
                    + "|Program(?:u)? Rozwoju Obszarów Wiejskich|Krajowa Sieć Obszarów Wiejskich|LEADER|CLLD)(?![\\p{L}])");

    private FundingReader() {
    }

    static Found read(List<Section> sections) {
        String programme = null;
        String measure = null;
        String priority = null;
        String objective = null;
        int start = -1;
        int end = -1;
        String known = null;
        for (Section s : sections) {
            if (!s.kind().isFunding()) {
                continue;
            }
            String text = text(s);
            if (text.isEmpty()) {
                continue;
            }
            if (known == null) {
                Matcher p = PROGRAMME.matcher(text);
                known = p.find() ? p.group() : null;
            }
            switch (s.kind()) {
                case FUNDING_MEASURE -> measure = better(measure, text);
                case FUNDING_PRIORITY -> priority = better(priority, text);
                case FUNDING_OBJECTIVE -> objective = better(objective, text);
                default -> {
                    String value = Text.trimItem(s.value().isEmpty() ? text : s.value());
                    Matcher m = MEASURE.matcher(value);
                    if (m.find() && m.start() > 0) {
                        programme = programme == null ? Text.trimItem(value.substring(0, m.start())) : programme;
                        measure = measure == null ? Text.trimItem(value.substring(m.start())) : measure;
                    } else if (m.find(0) && m.start() == 0) {
                        measure = measure == null ? value : measure;
                    } else {
                        programme = programme == null ? value : programme;
                    }
                }
            }
            start = start < 0 ? s.heading().start() : start;
            end = Math.max(end, s.heading().end());
        }
        if (programme == null) {
            programme = known;
        }
        if (programme == null && measure == null && priority == null && objective == null) {
            return null;
        }
        return new Found(new Funding(programme, measure, priority, objective), start, end);
    }

    /** The first value read, unless it is a bare heading ({@code Cele KSOW}) and the next one has its number. */
    private static String better(String old, String candidate) {
        if (old == null) {
            return candidate;
        }
        boolean oldNumbered = old.chars().anyMatch(Character::isDigit);
        boolean newNumbered = candidate.chars().anyMatch(Character::isDigit);
        return !oldNumbered && newNumbered ? candidate : old;
    }

    /** The heading with its value, or the heading and the first line below a bare heading. */
    private static String text(Section s) {
        if (!s.value().isEmpty()) {
            return Text.squeeze(s.heading().text());
        }
        for (Line line : s.body()) {
            if (!line.isBlank()) {
                return s.kind() == SectionKind.FUNDING ? Text.squeeze(line.text())
                        : Text.squeeze(s.heading().text() + " " + line.text());
            }
        }
        return s.kind() == SectionKind.FUNDING ? "" : Text.trimItem(s.heading().text());
    }
}
