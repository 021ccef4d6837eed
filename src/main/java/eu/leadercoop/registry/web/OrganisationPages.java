package eu.leadercoop.registry.web;

import eu.leadercoop.registry.Organisations;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Each organisation's page: its contact, territory, projects, cooperation partners and their countries. */
@Controller
class OrganisationPages {

    private final Organisations organisations;

    OrganisationPages(Organisations organisations) {
        this.organisations = organisations;
    }

    // /organisations (the searchable directory) is served by the partners module, which can use search.

    @GetMapping("/organisations/{id}")
    String organisation(@PathVariable long id, Model model) {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        model.addAttribute("organisation", organisations.details(id, lang).orElseThrow(() -> NotFound.organisation(id)));
        return "organisations/detail";
    }
}
