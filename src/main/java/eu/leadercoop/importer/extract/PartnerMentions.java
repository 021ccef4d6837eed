package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject;
import eu.leadercoop.importer.ExtractedProject.Partner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The partners a page names outside any partner list: the organisations it mentions in its sentences, lines and
 * table rows ({@link OrganisationMentions}), each with the role its neighbouring words give it ({@code MTÜ X
 * (juhtpartner)}, {@code Wnioskodawcą jest LGD X}, {@code X, the lead partner}, {@code koordinuojanti VVG X}).
 * Ministries, paying agencies and networks named as funders are not partners.
 */
final class PartnerMentions {

    /** How far from a name a role word still speaks of it, within the same line. */
    private static final int ROLE_REACH = 45;
    /** How far after a name its role may stand: {@code (juhtpartner)}, {@code – lead partner}, {@code as lead partner}. */
    private static final int AFTER_REACH = 25;
    /** How many characters of linking words may stand between a role word and the name it introduces. */
    private static final int BEFORE_GAP = 14;
    private static final WordIndex LEAD = Vocabulary.get().index("role.lead_partner");
    private static final WordIndex APPLICANT = Vocabulary.get().index("role.applicant");
    private static final WordIndex NOT_PARTNER = Vocabulary.get().index("organisation.not_partner");

    private PartnerMentions() {
    }

    /** Every organisation mentioned in the lines, in order of first mention, one entry per organisation. */
    static List<PartnerListParser.Found> read(List<Line> lines) {
        List<PartnerListParser.Found> found = new ArrayList<>();
        for (Line line : lines) {
            List<OrganisationMentions.Mention> mentions = OrganisationMentions.in(line);
            for (int k = 0; k < mentions.size(); k++) {
                OrganisationMentions.Mention m = mentions.get(k);
                if (NOT_PARTNER.isIn(m.name())) {
                    continue;
                }
                int before = k == 0 ? line.start() : mentions.get(k - 1).end();
                int after = k + 1 == mentions.size() ? line.end() : mentions.get(k + 1).start();
                String role = role(line, Math.max(before, m.start() - ROLE_REACH), m.start(), m.end(),
                        Math.min(after, m.end() + ROLE_REACH));
                add(found, new PartnerListParser.Found(new Partner(m.name(), role, null, m.name()), m.start(), m.end()));
            }
        }
        return found;
    }

    /**
     * The role named next to a mention: in the words just before it, or just after it up to the next name; the
     * nearest role word decides.
     */
    private static String role(Line line, int from, int start, int end, int to) {
        String text = line.text();
        int offset = line.start();
        String before = text.substring(from - offset, start - offset);
        String after = text.substring(end - offset, to - offset);
        String beforeRole = lastRole(before);
        // a role after the end of the sentence speaks of the next sentence's name (… Słupi. Wniosek złożył X)
        int sentenceEnd = after.indexOf(". ");
        String near = after.substring(0, Math.min(sentenceEnd >= 0 ? sentenceEnd : after.length(), AFTER_REACH));
        String afterRole = firstRole(near);
        if (afterRole != null) {
            return afterRole;
        }
        return beforeRole != null ? beforeRole : ExtractedProject.PARTNER;
    }

    private static String firstRole(String s) {
        WordIndex.Finder lead = LEAD.finder(s);
        WordIndex.Finder applicant = APPLICANT.finder(s);
        int l = lead.find() ? lead.start() : Integer.MAX_VALUE;
        int a = applicant.find() ? applicant.start() : Integer.MAX_VALUE;
        if (l == Integer.MAX_VALUE && a == Integer.MAX_VALUE) {
            return null;
        }
        return l <= a ? ExtractedProject.LEAD_PARTNER : ExtractedProject.APPLICANT;
    }

    /**
     * The role word that leads into the name ({@code juhtpartner MTÜ X}, {@code Wnioskodawcą jest LGD X}, {@code Project
     * owner: X}): only a few linking words may stand between them, and no closing bracket, which would end the role
     * of a name before ({@code X (juhtpartner) ja Y}).
     */
    private static String lastRole(String s) {
        int l = -1;
        int lEnd = -1;
        int a = -1;
        int aEnd = -1;
        WordIndex.Finder lead = LEAD.finder(s);
        while (lead.find()) {
            l = lead.start();
            lEnd = lead.end();
        }
        WordIndex.Finder applicant = APPLICANT.finder(s);
        while (applicant.find()) {
            a = applicant.start();
            aEnd = applicant.end();
        }
        if (l < 0 && a < 0) {
            return null;
        }
        int roleEnd = l >= a ? lEnd : aEnd;
        String between = s.substring(roleEnd);
        if (between.length() > BEFORE_GAP || between.indexOf(')') >= 0) {
            return null;
        }
        return l >= a ? ExtractedProject.LEAD_PARTNER : ExtractedProject.APPLICANT;
    }

    /** Adds a mention unless the organisation is there already (another spelling or case); a role is kept. */
    static void add(List<PartnerListParser.Found> found, PartnerListParser.Found f) {
        String resolved = PartnerListParser.resolve(f.partner().name(), found);
        String key = PartnerListParser.key(resolved);
        String core = null;
        for (int i = 0; i < found.size(); i++) {
            Partner p = found.get(i).partner();
            boolean same = PartnerListParser.key(p.name()).equals(key);
            if (!same) {
                core = core == null ? OrganisationMentions.core(f.partner().name()) : core;
                same = !core.isEmpty() && core.equals(OrganisationMentions.core(p.name()));
            }
            if (same) {
                if (ExtractedProject.PARTNER.equals(p.role()) && !ExtractedProject.PARTNER.equals(f.partner().role())) {
                    found.set(i, new PartnerListParser.Found(new Partner(p.name(), f.partner().role(), null, p.asWritten()),
                            found.get(i).start(), found.get(i).end()));
                }
                return;
            }
        }
        found.add(f);
    }
}
