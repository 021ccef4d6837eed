package eu.leadercoop.registry.web;

import eu.leadercoop.registry.Organisations;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of organisations and each organisation's page: its projects and cooperation partners. */
@Controller
class OrganisationPages {

    private static final int PAGE_SIZE = 50;

    private final Organisations organisations;

    OrganisationPages(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/organisations")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("organisations", organisations.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "organisations/list";
    }

    @GetMapping("/organisations/{id}")
    String organisation(@PathVariable long id, Model model) {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        model.addAttribute("organisation", organisations.details(id, lang).orElseThrow(() -> NotFound.organisation(id)));
        return "organisations/detail";
    }
}
