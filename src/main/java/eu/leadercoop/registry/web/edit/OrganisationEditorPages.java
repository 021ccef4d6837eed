package eu.leadercoop.registry.web.edit;

import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.NoSuchRecordException;
import eu.leadercoop.registry.NotPermittedException;
import eu.leadercoop.registry.OrganisationDetails;
import eu.leadercoop.registry.OrganisationDraft;
import eu.leadercoop.registry.OrganisationEditing;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.RecordGuard;
import eu.leadercoop.registry.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * Organisations as forms: any editor adds one (a partner the registry does not know yet); network
 * administrators edit one, with all its aliases, and merge a duplicate into it.
 */
@Controller
class OrganisationEditorPages {

    private static final String VIEW = "organisations/edit";

    private final Organisations organisations;
    private final OrganisationEditing editing;
    private final EditForms forms;
    private final RecordGuard guard;
    private final JsonMapper json;

    OrganisationEditorPages(Organisations organisations, OrganisationEditing editing, EditForms forms, RecordGuard guard, JsonMapper json) {
        this.organisations = organisations;
        this.editing = editing;
        this.forms = forms;
        this.guard = guard;
        this.json = json;
    }

    @GetMapping("/organisations/new")
    String newOrganisation(Model model) {
        if (!guard.mayCreateOrganisation()) {
            throw new NotPermittedException("sign in to add organisations");
        }
        model.addAttribute("form", forms.blank(FormKind.ORGANISATION, null));
        return VIEW;
    }

    @PostMapping("/organisations/new")
    String create(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        try {
            return "redirect:/organisations/" + editing.create(draft(params, Map.of())).id();
        } catch (InvalidDraftException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("form", forms.submitted(FormKind.ORGANISATION, null, null, params, e.problems()));
            return VIEW;
        }
    }

    @GetMapping("/organisations/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        OrganisationDetails organisation = managed(id);
        return page(model, organisation, forms.current(FormKind.ORGANISATION, null, String.valueOf(id)), null);
    }

    @PostMapping("/organisations/{id}/edit")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        OrganisationDetails organisation = managed(id);
        String ref = String.valueOf(id);
        try {
            editing.update(id, version(params), draft(params, forms.original(FormKind.ORGANISATION, null, ref)));
            return "redirect:/organisations/" + id;
        } catch (InvalidDraftException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, organisation, forms.submitted(FormKind.ORGANISATION, null, ref, params, e.problems()), null);
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            OrganisationDetails current = managed(id);
            Conflict conflict = Conflict.of(forms.current(FormKind.ORGANISATION, null, ref),
                    forms.submitted(FormKind.ORGANISATION, null, ref, params, List.of()), current.version(), false);
            return page(model, current, forms.current(FormKind.ORGANISATION, null, ref), conflict);
        }
    }

    @PostMapping("/organisations/{id}/edit/merge")
    String merge(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        OrganisationDetails organisation = managed(id);
        String duplicate = params.getFirst("duplicate_id");
        try {
            editing.merge(id, version(params), duplicate == null || duplicate.isBlank() ? -1 : Long.parseLong(duplicate));
            return "redirect:/organisations/" + id;
        } catch (InvalidDraftException | NumberFormatException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("mergeProblem", e instanceof InvalidDraftException invalid
                    ? invalid.problems().stream().map(forms::problem).reduce((a, b) -> a + " " + b).orElse("") : e.getMessage());
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("mergeStale", true);
            organisation = managed(id);
        }
        return page(model, organisation, forms.current(FormKind.ORGANISATION, null, String.valueOf(id)), null);
    }

    private String page(Model model, OrganisationDetails organisation, EditForm form, Conflict conflict) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", form);
        model.addAttribute("conflict", conflict);
        model.addAttribute("others", organisations.all().stream().filter(o -> o.id() != organisation.id()).toList());
        return VIEW;
    }

    private OrganisationDraft draft(MultiValueMap<String, String> params, Map<String, List<String>> original) {
        FormReading reading = new FormReading(FormKind.ORGANISATION, FormKind.ORGANISATION.specs(List.of(), 0), original,
                LocaleContextHolder.getLocale());
        return reading.read(reading.tree(params), OrganisationDraft.class, json);
    }

    /** Editing and merging organisations is for network administrators. */
    private OrganisationDetails managed(long id) {
        if (!guard.mayManageOrganisations()) {
            throw new NotPermittedException("only network administrators may edit organisations");
        }
        return organisations.details(id, LocaleContextHolder.getLocale().getLanguage())
                .orElseThrow(() -> new NoSuchRecordException("There is no organisation " + id + "."));
    }

    private static long version(MultiValueMap<String, String> params) {
        try {
            return Long.parseLong(String.valueOf(params.getFirst("version")).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
