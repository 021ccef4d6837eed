package eu.leadercoop.partners;

import eu.leadercoop.accounts.Actor;
import eu.leadercoop.accounts.CurrentUser;
import eu.leadercoop.partners.internal.CooperationOffer;
import eu.leadercoop.partners.internal.OfferReply;
import eu.leadercoop.partners.internal.OfferReplyRepository;
import eu.leadercoop.partners.internal.OfferRepository;
import eu.leadercoop.partners.internal.OfferValidation;
import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.NoSuchRecordException;
import eu.leadercoop.registry.NotPermittedException;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.ProjectEditing;
import eu.leadercoop.registry.StaleVersionException;
import eu.leadercoop.search.SimilarProjects;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cooperation offers: an organisation's editor posts one; editors of other organisations answer it
 * "interested" with a message while it is open (until its reply deadline); the offering organisation
 * sees the replies, answers each (joined or declined) and turns the offer with the partners who joined
 * into a draft project in one step, through the registry's {@link ProjectEditing#create} (so the same
 * checks and permissions apply as to a project made by hand).
 *
 * <p>Who may do what: posting, changing an offer, answering its replies and making the project belong
 * to the offering organisation's editors and to network administrators; replying to editors of another
 * organisation; reading replies to the offering side and to the replying organisation's editors. Anyone
 * may read offers. Refusals change nothing.
 */
@Service
public class CooperationOffers {

    private final OfferRepository offers;
    private final OfferReplyRepository replies;
    private final CurrentUser currentUser;
    private final ProjectEditing projectEditing;
    private final SimilarProjects index;
    private final Organisations organisations;
    private final Clock clock;

    CooperationOffers(OfferRepository offers, OfferReplyRepository replies, CurrentUser currentUser, ProjectEditing projectEditing,
            SimilarProjects index, Organisations organisations, Clock clock) {
        this.organisations = organisations;
        this.offers = offers;
        this.replies = replies;
        this.currentUser = currentUser;
        this.projectEditing = projectEditing;
        this.index = index;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Posts an offer for {@code draft.organisationId()}.
     *
     * @throws InvalidDraftException naming every wrong field
     * @throws NotPermittedException when the user does not edit for that organisation
     */
    @Transactional
    public Offer post(OfferDraft draft) {
        Actor actor = signedIn();
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.organisationId() == null) {
            problems.add(FieldProblem.of("organisation_id", "required", "is required: the organisation that offers"));
        } else if (!organisations.exists(draft.organisationId())) {
            problems.add(FieldProblem.of("organisation_id", "unknown", "no organisation has this id", draft.organisationId()));
        }
        OfferValidation.Checked checked;
        try {
            checked = OfferValidation.check(draft, today(), true);
        } catch (InvalidDraftException e) {
            problems.addAll(e.problems());
            throw new InvalidDraftException(problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
        if (!editsFor(actor, draft.organisationId())) {
            throw new NotPermittedException("Only editors of the organisation may post its offers");
        }
        CooperationOffer offer = new CooperationOffer(draft.organisationId(), actor.id(), Instant.now(clock));
        checked.into(offer);
        return view(offers.saveAndFlush(offer));
    }

    /** States an offer anew (its organisation stays); {@code version} is the one the editor read. */
    @Transactional
    public Offer update(long id, long version, OfferDraft draft) {
        Actor actor = signedIn();
        CooperationOffer offer = find(id);
        if (!editsFor(actor, offer.getOrganisationId())) {
            throw new NotPermittedException("Only editors of the offering organisation may change this offer");
        }
        if (offer.getVersion() != version) {
            throw new StaleVersionException(version, offer.getVersion(), view(offer), draft);
        }
        OfferValidation.check(draft, today(), false).into(offer);
        return view(offers.saveAndFlush(offer));
    }

    public Optional<Offer> offer(long id) {
        return offers.findById(id).map(this::view);
    }

    /** Every offer, newest deadline last; the caller filters (see {@link OfferSearch}). */
    List<CooperationOffer> all() {
        return offers.findAllByOrderByReplyDeadlineAscIdAsc();
    }

    /** The open offers of one organisation, soonest deadline first. */
    public List<Offer> openOffersOf(long organisationId) {
        LocalDate today = today();
        return views(offers.findByOrganisationId(organisationId).stream().filter(o -> o.isOpen(today)).toList());
    }

    /** The organisations that have at least one open offer (for a "has open offers" filter). */
    public Set<Long> organisationsWithOpenOffers() {
        LocalDate today = today();
        Set<Long> ids = new HashSet<>();
        offers.findAll().stream().filter(o -> o.isOpen(today)).forEach(o -> ids.add(o.getOrganisationId()));
        return ids;
    }

    /**
     * Says "interested" for {@code organisationId}, which the user edits for, with a message. Refused
     * once the offer has expired or become a project (409), for the offering organisation itself (400),
     * and a second time for the same organisation (400).
     */
    @Transactional
    public OfferReplyDetails reply(long offerId, Long organisationId, String message) {
        Actor actor = signedIn();
        CooperationOffer offer = find(offerId);
        if (!offer.isOpen(today())) {
            throw new OfferClosedException(offerId);
        }
        List<FieldProblem> problems = new ArrayList<>();
        String text = OfferValidation.text(problems, "message", message, 4000, true);
        Long replying = organisationId;
        if (replying == null && actor.organisationIds().size() == 1) {
            replying = actor.organisationIds().iterator().next();
        }
        if (replying == null) {
            problems.add(FieldProblem.of("organisation_id", "required", "is required: the organisation that is interested"));
        } else if (replying == offer.getOrganisationId()) {
            problems.add(FieldProblem.of("organisation_id", "own_offer", "an organisation cannot reply to its own offer", replying));
        } else {
            long organisation = replying;
            if (replies.findByOfferIdOrderByCreatedAtAscIdAsc(offerId).stream().anyMatch(r -> r.getOrganisationId() == organisation)) {
                problems.add(FieldProblem.of("organisation_id", "already_replied", "this organisation has already replied", replying));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
        if (!actor.organisationIds().contains(replying)) {
            throw new NotPermittedException("You may reply only for an organisation you edit for");
        }
        return replyView(replies.saveAndFlush(new OfferReply(offerId, replying, actor.id(), text, Instant.now(clock))));
    }

    /**
     * The replies the user may read: all of them for the offering organisation's editors and
     * administrators, their own organisations' replies for others.
     */
    @Transactional(readOnly = true)
    public List<OfferReplyDetails> replies(long offerId) {
        Actor actor = signedIn();
        CooperationOffer offer = find(offerId);
        boolean offering = editsFor(actor, offer.getOrganisationId());
        return replyViews(replies.findByOfferIdOrderByCreatedAtAscIdAsc(offerId).stream()
                .filter(r -> offering || actor.organisationIds().contains(r.getOrganisationId())).toList());
    }

    /** Whether the current user may answer replies and make the project (edits for the offering organisation). */
    public boolean mayManage(Offer offer) {
        return currentUser.actor().map(a -> editsFor(a, offer.organisation().id())).orElse(false);
    }

    /** The organisations the current user may reply for to this offer (none when signed out). */
    public List<Long> mayReplyFor(Offer offer) {
        return currentUser.actor().map(a -> a.organisationIds().stream().filter(id -> id != offer.organisation().id()).sorted().toList())
                .orElse(List.of());
    }

    /** The offering organisation answers a reply: {@code joined} or {@code declined}, with a message. */
    @Transactional
    public OfferReplyDetails answer(long offerId, long replyId, String status, String message) {
        Actor actor = signedIn();
        CooperationOffer offer = find(offerId);
        OfferReply reply = replies.findById(replyId).filter(r -> r.getOfferId() == offerId)
                .orElseThrow(() -> new NoSuchRecordException("No reply " + replyId + " to offer " + offerId));
        List<FieldProblem> problems = new ArrayList<>();
        if (!OfferReply.JOINED.equals(status) && !OfferReply.DECLINED.equals(status)) {
            problems.add(FieldProblem.of("status", "unknown_status", "must be joined or declined", status));
        }
        String text = OfferValidation.text(problems, "answer", message, 4000, false);
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
        if (!editsFor(actor, offer.getOrganisationId())) {
            throw new NotPermittedException("Only editors of the offering organisation may answer replies");
        }
        reply.answer(status, text, Instant.now(clock));
        return replyView(replies.saveAndFlush(reply));
    }

    /**
     * Makes the offer a draft project led by the offering organisation, with every organisation whose
     * reply was answered "joined" as a partner; title, language, planned period and description (as
     * the summary) are carried over. The offer is then closed and names the project. One step: if the
     * project cannot be created, the offer stays as it was.
     *
     * @throws NotPermittedException when the user does not edit for the offering organisation
     */
    @Transactional
    public ProjectDetails makeProject(long offerId) {
        Actor actor = signedIn();
        CooperationOffer offer = find(offerId);
        if (!editsFor(actor, offer.getOrganisationId())) {
            throw new NotPermittedException("Only editors of the offering organisation may make the offer a project");
        }
        if (offer.getProjectId() != null) {
            throw new InvalidDraftException(List.of(FieldProblem.of("offer", "already_project",
                    "this offer has already become project " + offer.getProjectId(), offer.getProjectId())));
        }
        List<ProjectDraft.Partner> partners = new ArrayList<>();
        partners.add(new ProjectDraft.Partner(offer.getOrganisationId(), null, "lead_partner", null, null, null, null));
        Set<Long> joined = new LinkedHashSet<>();
        for (OfferReply r : replies.findByOfferIdOrderByCreatedAtAscIdAsc(offerId)) {
            if (OfferReply.JOINED.equals(r.getStatus()) && joined.add(r.getOrganisationId())) {
                partners.add(new ProjectDraft.Partner(r.getOrganisationId(), null, "partner", null, null, null, null));
            }
        }
        ProjectDraft.DateText period = offer.getPeriodStart() == null && offer.getPeriodEnd() == null ? null
                : new ProjectDraft.DateText(offer.getPeriodStart(), offer.getPeriodEnd(), null);
        List<ProjectDraft.ContactDraft> contacts = offer.getContactName() == null && offer.getContactEmail() == null ? List.of()
                : List.of(new ProjectDraft.ContactDraft(offer.getContactName(), offer.getContactEmail(), offer.getContactPhone(), null));
        ProjectDraft draft = new ProjectDraft(offer.getLanguage(), Map.of(offer.getLanguage(), offer.getTitle()), null, null, period,
                offer.getDescription(), List.of(), null, null, null, partners, List.of(), List.of(), List.of(), List.of(), List.of(),
                contacts, List.of(), "draft");
        ProjectDetails project = projectEditing.create(draft);
        offer.becameProject(project.id());
        offers.saveAndFlush(offer);
        return project;
    }

    /** The offers the user's organisations made, and those they replied to. */
    @Transactional(readOnly = true)
    public List<Offer> ofMyOrganisations() {
        Actor actor = signedIn();
        Set<Long> ids = new LinkedHashSet<>();
        List<CooperationOffer> mine = new ArrayList<>();
        for (long org : actor.organisationIds()) {
            for (CooperationOffer o : offers.findByOrganisationId(org)) {
                if (ids.add(o.getId())) {
                    mine.add(o);
                }
            }
            for (OfferReply r : replies.findByOrganisationId(org)) {
                if (ids.add(r.getOfferId())) {
                    offers.findById(r.getOfferId()).ifPresent(mine::add);
                }
            }
        }
        return views(mine);
    }

    /** Moves offers and replies of a merged duplicate to the organisation that stays. */
    @Transactional
    public void organisationsMerged(long survivorId, long duplicateId) {
        offers.findByOrganisationId(duplicateId).forEach(o -> o.movedTo(survivorId));
        replies.findByOrganisationId(duplicateId).forEach(r -> r.movedTo(survivorId));
        offers.flush();
        replies.flush();
    }

    // --- views -------------------------------------------------------------------------------------

    Offer view(CooperationOffer o) {
        return views(List.of(o)).getFirst();
    }

    List<Offer> views(Collection<CooperationOffer> list) {
        Map<Long, SimilarProjects.OrganisationFacts> facts = index.organisations(list.stream().map(CooperationOffer::getOrganisationId).toList());
        LocalDate today = today();
        return list.stream().map(o -> new Offer(o.getId(), o.getVersion(), ref(o.getOrganisationId(), facts), o.getLanguage(), o.getTitle(),
                o.getDescription(), o.getThemes(), o.getWantedCountries(), o.getWantedKinds(), o.getLanguagesSpoken(),
                new Offer.Period(o.getPeriodStart(), o.getPeriodEnd()),
                o.getBudgetMin() == null && o.getBudgetMax() == null ? null
                        : new Offer.Budget(o.getBudgetMin(), o.getBudgetMax(), o.getBudgetCurrency()),
                o.getReplyDeadline(),
                o.getContactName() == null && o.getContactEmail() == null && o.getContactPhone() == null ? null
                        : new Offer.Contact(o.getContactName(), o.getContactEmail(), o.getContactPhone()),
                o.getProjectId() != null ? Offer.PROJECT : o.isOpen(today) ? Offer.OPEN : Offer.EXPIRED, o.getProjectId(),
                o.getCreatedAt())).toList();
    }

    private OfferReplyDetails replyView(OfferReply r) {
        return replyViews(List.of(r)).getFirst();
    }

    private List<OfferReplyDetails> replyViews(List<OfferReply> list) {
        Map<Long, SimilarProjects.OrganisationFacts> facts = index.organisations(list.stream().map(OfferReply::getOrganisationId).toList());
        return list.stream().map(r -> new OfferReplyDetails(r.getId(), r.getOfferId(), ref(r.getOrganisationId(), facts), r.getMessage(),
                r.getStatus(), r.getAnswer(), r.getCreatedAt(), r.getAnsweredAt())).toList();
    }

    private static Offer.OrganisationRef ref(long id, Map<Long, SimilarProjects.OrganisationFacts> facts) {
        SimilarProjects.OrganisationFacts f = facts.get(id);
        return new Offer.OrganisationRef(id, f == null ? "#" + id : f.name(), f == null ? null : f.country());
    }

    // --- who -----------------------------------------------------------------------------------------

    private Actor signedIn() {
        return currentUser.actor().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in first"));
    }

    private static boolean editsFor(Actor actor, long organisationId) {
        return actor.administrator() || actor.organisationIds().contains(organisationId);
    }

    private CooperationOffer find(long id) {
        return offers.findById(id).orElseThrow(() -> new NoSuchRecordException("No offer " + id));
    }
}
