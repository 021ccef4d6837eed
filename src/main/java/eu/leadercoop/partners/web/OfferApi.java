package eu.leadercoop.partners.web;

import eu.leadercoop.partners.CooperationOffers;
import eu.leadercoop.partners.Offer;
import eu.leadercoop.partners.OfferClosedException;
import eu.leadercoop.partners.OfferDraft;
import eu.leadercoop.partners.OfferReplyDetails;
import eu.leadercoop.partners.OfferResults;
import eu.leadercoop.partners.OfferSearch;
import eu.leadercoop.registry.NoSuchRecordException;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cooperation offers in JSON: the open ones with facets, one offer, posting, replies and the step to a project. */
@RestController
@RequestMapping("/api/offers")
@Tag(name = "Cooperation offers", description = "Organisations looking for partners, the replies, and the step to a draft project")
class OfferApi {

    private final CooperationOffers offers;
    private final OfferSearch search;

    OfferApi(CooperationOffers offers, OfferSearch search) {
        this.offers = offers;
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "Open offers (deadline not passed), soonest deadline first, found by words (every word must match, "
            + "inflected and unaccented forms too) and facets wanted_country, wanted_kind, theme, language")
    OfferResults list(@RequestParam(name = "q", required = false) String q, @RequestParam(required = false) String lang,
            @RequestParam(name = "wanted_country", required = false) List<String> wantedCountry,
            @RequestParam(name = "wanted_kind", required = false) List<String> wantedKind,
            @RequestParam(required = false) List<String> theme, @RequestParam(required = false) List<String> language,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return search.search(OfferParams.query(q, lang, wantedCountry, wantedKind, theme, language, page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One offer, open or not (status open, expired or project)")
    ResponseEntity<Offer> get(@PathVariable long id) {
        Offer offer = offers.offer(id).orElseThrow(() -> new NoSuchRecordException("No offer " + id));
        return ResponseEntity.ok().eTag(Versions.etag(offer.version())).body(offer);
    }

    @PostMapping
    @Operation(summary = "Post an offer for organisation_id (its editors and administrators); 400 names every wrong field")
    ResponseEntity<Offer> post(@RequestBody OfferDraft draft) {
        Offer offer = offers.post(draft);
        return ResponseEntity.created(URI.create("/api/offers/" + offer.id())).eTag(Versions.etag(offer.version())).body(offer);
    }

    @PutMapping("/{id}")
    @Operation(summary = "State an offer anew (the offering organisation's editors; If-Match: its version)")
    ResponseEntity<Offer> update(@PathVariable long id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody OfferDraft draft) {
        Offer offer = offers.update(id, Versions.required(ifMatch), draft);
        return ResponseEntity.ok().eTag(Versions.etag(offer.version())).body(offer);
    }

    record ReplyRequest(Long organisationId, String message) {
    }

    @PostMapping("/{id}/replies")
    @Operation(summary = "Say \"interested\" for organisation_id (an organisation you edit for) with a message; 409 once the offer "
            + "has expired or become a project")
    ResponseEntity<OfferReplyDetails> reply(@PathVariable long id, @RequestBody ReplyRequest request) {
        OfferReplyDetails reply = offers.reply(id, request.organisationId(), request.message());
        return ResponseEntity.created(URI.create("/api/offers/" + id + "/replies/" + reply.id())).body(reply);
    }

    @GetMapping("/{id}/replies")
    @Operation(summary = "The replies: all for the offering organisation's editors, your organisations' own for others (signed in)")
    List<OfferReplyDetails> replies(@PathVariable long id) {
        return offers.replies(id);
    }

    record AnswerRequest(String status, String answer) {
    }

    @PutMapping("/{id}/replies/{replyId}")
    @Operation(summary = "Answer a reply: status joined or declined, with a message (the offering organisation's editors)")
    OfferReplyDetails answer(@PathVariable long id, @PathVariable long replyId, @RequestBody AnswerRequest request) {
        return offers.answer(id, replyId, request.status(), request.answer());
    }

    @PostMapping("/{id}/project")
    @Operation(summary = "Make the offer a draft project led by the offering organisation, with every organisation that joined as "
            + "a partner, and the title, period, description and contact carried over; the offer closes")
    ResponseEntity<ProjectDetails> project(@PathVariable long id) {
        ProjectDetails project = offers.makeProject(id);
        return ResponseEntity.created(URI.create("/api/projects/" + project.id())).eTag(Versions.etag(project.version())).body(project);
    }

    @ExceptionHandler(OfferClosedException.class)
    ResponseEntity<ProblemDetail> closed(OfferClosedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()));
    }
}
