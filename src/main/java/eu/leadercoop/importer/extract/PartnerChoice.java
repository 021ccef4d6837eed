package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject;
import eu.leadercoop.importer.ExtractedProject.Partner;

import java.util.List;
import java.util.function.Supplier;

/**
 * Chooses the partners between the page's partner list and the organisations its text mentions: a partner list,
 * where the page has one, says who the partners are; the text then only tells a role the list leaves unsaid
 * ({@code … allkirjastati MTÜ X (juhtpartner) ja Y vahel}). A page without a list names its partners in its text.
 */
final class PartnerChoice {

    private PartnerChoice() {
    }

    /** {@code mentioned} is read only when needed: reading every line for names costs more than the rest of a page. */
    static void complete(List<PartnerListParser.Found> listed, List<Line> lines) {
        Supplier<List<PartnerListParser.Found>> mentioned = () -> PartnerMentions.read(lines);
        if (listed.isEmpty()) {
            // a sentence that lists the partners says who they are; other organisations the text names are not
            List<PartnerListParser.Found> enumerated = PartnerEnumerations.read(lines);
            if (enumerated.size() < 2) {
                listed.addAll(mentioned.get());
                return;
            }
            listed.addAll(enumerated);
            addLead(listed, mentioned.get());
        }
        boolean roleListed = listed.stream().anyMatch(f -> isLead(f.partner().role()));
        if (roleListed) {
            return;
        }
        for (PartnerListParser.Found m : mentioned.get()) {
            if (!isLead(m.partner().role())) {
                continue;
            }
            String resolved = PartnerListParser.resolve(m.partner().name(), listed);
            for (int i = 0; i < listed.size(); i++) {
                Partner p = listed.get(i).partner();
                if (p.name().equals(resolved) || PartnerListParser.key(p.name()).equals(PartnerListParser.key(resolved))) {
                    listed.set(i, new PartnerListParser.Found(new Partner(p.name(), m.partner().role(), p.organisationId(),
                            p.asWritten(), p.joined()), listed.get(i).start(), listed.get(i).end()));
                    return;
                }
            }
        }
    }

    /**
     * {@code Wniosek złożył X, a Partnerami projektu byli A, B oraz C}: the lead named beside the list belongs to the
     * partners, first; where the list names it already, it gets its role there.
     */
    private static void addLead(List<PartnerListParser.Found> listed, List<PartnerListParser.Found> mentioned) {
        if (listed.stream().anyMatch(f -> isLead(f.partner().role()))) {
            return;
        }
        for (PartnerListParser.Found m : mentioned) {
            if (!isLead(m.partner().role())) {
                continue;
            }
            String resolved = PartnerListParser.resolve(m.partner().name(), listed);
            String core = OrganisationMentions.core(resolved);
            for (int i = 0; i < listed.size(); i++) {
                Partner p = listed.get(i).partner();
                if (p.name().equals(resolved) || !core.isEmpty() && core.equals(OrganisationMentions.core(p.name()))) {
                    listed.set(i, new PartnerListParser.Found(new Partner(p.name(), m.partner().role(), p.organisationId(),
                            p.asWritten(), p.joined()), listed.get(i).start(), listed.get(i).end()));
                    return;
                }
            }
            listed.add(0, m);
            return;
        }
    }

    private static boolean isLead(String role) {
        return ExtractedProject.LEAD_PARTNER.equals(role) || ExtractedProject.APPLICANT.equals(role);
    }
}
