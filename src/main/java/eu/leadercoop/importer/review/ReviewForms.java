package eu.leadercoop.importer.review;

import eu.leadercoop.importer.ExtractedProject;
import eu.leadercoop.importer.match.OrganisationIndex;
import eu.leadercoop.importer.match.OrganisationMatch;
import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.EventType;
import eu.leadercoop.registry.model.OrganisationNames;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The review form as it first appears for a draft: every field the extraction read, each partner matched to an
 * organisation of the registry (or proposed as new), a partner whose own activities the page lists added when
 * the partner list left it out, the publishing partner guessed, and each event linked to the activity it
 * probably delivers.
 */
public final class ReviewForms {

    private ReviewForms() {
    }

    public static ReviewForm of(ExtractedProject p, OrganisationIndex organisations) {
        ReviewForm f = new ReviewForm();
        f.setLanguage(p.language());
        f.setTitle(p.title());
        f.setReferenceNumber(p.referenceNumber());
        f.setLocalCode(p.localCode());
        if (p.period() != null) {
            f.setPeriodStart(p.period().start());
            f.setPeriodEnd(p.period().end());
            f.setPeriodAsWritten(p.period().asWritten());
        }
        f.setSummary(p.summary());
        f.setWebsite(p.website());
        f.setTargetGroups(String.join("\n", p.targetGroups()));
        if (p.funding() != null) {
            f.setFundingProgramme(p.funding().programme());
            f.setFundingMeasure(p.funding().measure());
            f.setFundingPriority(p.funding().priority());
            f.setFundingObjective(p.funding().objective());
        }
        if (p.budget() != null) {
            f.setPartnersTotal(p.budget().partnersTotal());
            f.setPartnersTotalCurrency(p.budget().partnersTotal() == null ? null : p.budget().currency());
            f.setCost(p.budget().cost());
            f.setGrant(p.budget().grant());
            f.setOwnContribution(p.budget().ownContribution());
            f.setCurrency(p.budget().currency());
        }
        for (ExtractedProject.Partner partner : p.partners()) {
            f.getPartners().add(partnerRow(partner.name(), partner.asWritten(), partner.role(), partner.joined(),
                    p.language(), organisations.match(partner.name())));
        }
        readActivities(f, p, organisations);
        f.setPublisher(publisher(f));
        for (String goal : p.goals()) {
            ReviewForm.TextRow row = new ReviewForm.TextRow();
            row.setText(goal);
            f.getGoals().add(row);
        }
        for (ExtractedProject.ExpectedResult r : p.expectedResults()) {
            ReviewForm.ResultRow row = new ReviewForm.ResultRow();
            row.setText(r.text());
            row.setTarget(r.target());
            row.setUnit(r.unit());
            row.setApproximate(r.approximate());
            f.getResults().add(row);
        }
        List<EventLinks.Candidate> deliverable = EventLinks.candidates(f.getActivities(), f.getPublisher());
        for (ExtractedProject.Event e : p.events()) {
            ReviewForm.EventRow row = new ReviewForm.EventRow();
            if (e.date() != null) {
                row.setStart(e.date().start());
                row.setEnd(Objects.equals(e.date().end(), e.date().start()) ? null : e.date().end());
                row.setAsWritten(e.date().asWritten());
            }
            row.setTitle(e.title());
            row.setType(eventType(e.type()));
            row.setCountry(e.country());
            row.setActivity(EventLinks.link(row.getType(), e.title(), deliverable).map(String::valueOf).orElse(""));
            f.getEvents().add(row);
        }
        for (ExtractedProject.MediaItem m : p.media()) {
            ReviewForm.MediaRow row = new ReviewForm.MediaRow();
            row.setDate(m.date());
            row.setAsWritten(m.asWritten());
            row.setTitle(m.title());
            row.setUrl(m.link());
            f.getMedia().add(row);
        }
        for (ExtractedProject.Contact c : p.contacts()) {
            ReviewForm.ContactRow row = new ReviewForm.ContactRow();
            row.setName(c.name());
            row.setEmail(c.email());
            row.setPhone(c.phone());
            f.getContacts().add(row);
        }
        return f;
    }

    private static ReviewForm.PartnerRow partnerRow(String name, String asWritten, String role, String joined,
                                                    String language, OrganisationMatch match) {
        ReviewForm.PartnerRow row = new ReviewForm.PartnerRow();
        row.setName(name);
        row.setAsWritten(asWritten);
        row.setRole(role == null ? "partner" : role);
        row.setJoined(joined);
        row.setOrganisation(switch (match.status()) {
            case MATCHED -> String.valueOf(match.organisationId());
            case AMBIGUOUS -> "";
            case NEW -> ReviewForm.NEW_ORGANISATION;
        });
        row.setLegalForm(NewOrganisationGuess.legalForm(name));
        row.setKind(NewOrganisationGuess.kind(name));
        row.setCountry(NewOrganisationGuess.country(language));
        return row;
    }

    /**
     * Activities with their partner as a partner row; a partner named only in an activity heading
     * ({@code KKLM LISATEGEVUSED} on KKLM's own page, which lists the others) gets a row of its own.
     */
    private static void readActivities(ReviewForm f, ExtractedProject p, OrganisationIndex organisations) {
        for (ExtractedProject.Activity a : p.activities()) {
            ReviewForm.ActivityRow row = new ReviewForm.ActivityRow();
            row.setLabel(a.label());
            row.setText(a.text());
            if (ExtractedProject.PARTNER_SCOPE.equals(a.scope()) && a.partner() != null) {
                row.setPartner(String.valueOf(partnerRowOf(f, a.partner(), p.language(), organisations)));
            }
            if (a.commitment() != null) {
                ExtractedProject.Commitment c = a.commitment();
                row.setMinCount(c.minCount());
                row.setEventTypes(eventTypes(c));
                row.setDistinctRegions(c.distinctRegions());
                row.setPhysicalOnly(c.physicalOnly());
                row.setCommitmentAsWritten(c.asWritten());
                row.setDeadline(c.deadline());
            }
            List<ExtractedProject.Commitment> all = a.commitments() == null ? List.of() : a.commitments();
            for (ExtractedProject.Commitment c : all.subList(Math.min(1, all.size()), all.size())) {
                CommitmentRow more = new CommitmentRow();
                more.setMinCount(c.minCount());
                more.setEventTypes(eventTypes(c));
                more.setDistinctRegions(c.distinctRegions());
                more.setPhysicalOnly(c.physicalOnly());
                more.setDeadline(c.deadline());
                more.setAsWritten(c.asWritten());
                row.getMoreCommitments().add(more);
            }
            f.getActivities().add(row);
        }
    }

    /**
     * The registry's code for a kind of event read: the select of the review page offers only those, and saving
     * refuses any other, so a code the registry does not know (from an older draft) becomes {@code other}.
     */
    static String eventType(String code) {
        return Codes.parse(EventType.class, code).map(Codes::of).orElse(Codes.of(EventType.OTHER));
    }

    private static List<String> eventTypes(ExtractedProject.Commitment c) {
        List<String> types = c.eventTypes() == null || c.eventTypes().isEmpty() ? List.of(c.eventType()) : c.eventTypes();
        return new ArrayList<>(new LinkedHashSet<>(types.stream().map(ReviewForms::eventType).toList()));
    }

    private static int partnerRowOf(ReviewForm f, String named, String language, OrganisationIndex organisations) {
        OrganisationMatch match = organisations.match(named);
        String key = OrganisationNames.key(named);
        for (int i = 0; i < f.getPartners().size(); i++) {
            ReviewForm.PartnerRow row = f.getPartners().get(i);
            boolean sameOrganisation = match.organisationId() != null
                    && row.getOrganisation().equals(String.valueOf(match.organisationId()));
            if (sameOrganisation || OrganisationNames.key(row.getName()).equals(key)) {
                return i;
            }
        }
        String name = match.match() == null ? named : match.match().name();
        f.getPartners().add(partnerRow(name, named, "partner", null, language, match));
        return f.getPartners().size() - 1;
    }

    /**
     * The partner that published the page: the one whose own activities it lists, when it lists one partner's;
     * else its only applicant; else nobody (the reviewer picks).
     */
    private static String publisher(ReviewForm f) {
        Set<String> owners = new LinkedHashSet<>();
        for (ReviewForm.ActivityRow a : f.getActivities()) {
            if (!a.getPartner().isEmpty()) {
                owners.add(a.getPartner());
            }
        }
        if (owners.size() == 1) {
            return owners.iterator().next();
        }
        List<Integer> applicants = new ArrayList<>();
        for (int i = 0; i < f.getPartners().size(); i++) {
            if ("applicant".equals(f.getPartners().get(i).getRole())) {
                applicants.add(i);
            }
        }
        return owners.isEmpty() && applicants.size() == 1 ? String.valueOf(applicants.get(0)) : "";
    }
}
