package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject;
import eu.leadercoop.importer.ExtractedProject.FieldMark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a page that describes several projects ({@link ProjectBlocks}) as one draft per project, each with the
 * page's source name; the spans of each draft are moved to point into the whole page, and a block too short to
 * tell its language takes the page's.
 */
final class SeveralProjects {

    private SeveralProjects() {
    }

    /** One draft per project block, or null when the page describes one project. */
    static List<ExtractedProject> read(String source, String text) {
        SourceText src = SourceText.of(text);
        List<ProjectBlocks.Block> blocks = ProjectBlocks.split(src);
        if (blocks.isEmpty()) {
            return null;
        }
        String pageLanguage = LanguageGuess.guess(Text.lower(src.text()));
        List<ExtractedProject> drafts = new ArrayList<>(blocks.size());
        for (ProjectBlocks.Block b : blocks) {
            ExtractedProject p = ProjectReader.read(source, text.substring(b.start(), b.end()));
            drafts.add(moved(p, b, pageLanguage));
        }
        return drafts;
    }

    /** The block's draft with spans in the page, and the name that opened the block as its title. */
    private static ExtractedProject moved(ExtractedProject p, ProjectBlocks.Block block, String pageLanguage) {
        int offset = block.start();
        Map<String, FieldMark> fields = new LinkedHashMap<>();
        p.fields().forEach((name, mark) -> fields.put(name, new FieldMark(mark.confidence(),
                mark.span().stream().map(at -> at + offset).toList())));
        fields.put("title", FieldMark.of(0.8, block.name().start(), block.name().end()));
        String language = p.language();
        List<String> warnings = p.warnings();
        if (language == null && pageLanguage != null) {
            language = pageLanguage;
            warnings = warnings.stream().filter(w -> !w.equals(ExtractedProject.OTHER_LANGUAGE_WARNING)).toList();
        }
        return new ExtractedProject(p.source(), language, Text.squeeze(block.name().name()), p.referenceNumber(), p.period(), p.partners(),
                p.budget(), p.funding(), p.targetGroups(), p.goals(), p.expectedResults(), p.activities(), p.events(),
                p.media(), p.contacts(), p.website(), p.summary(), fields, warnings, p.localCode());
    }
}
