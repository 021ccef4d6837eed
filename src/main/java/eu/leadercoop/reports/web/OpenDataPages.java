package eu.leadercoop.reports.web;

import eu.leadercoop.reports.export.OpenDataLicence;
import eu.leadercoop.reports.export.RegistryExports;
import eu.leadercoop.reports.stats.Statistics;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The network statistics page (tables, and ECharts charts drawn from the JSON API) and the open-data page. */
@Controller
class OpenDataPages {

    private final Statistics statistics;
    private final OpenDataLicence licence;

    OpenDataPages(Statistics statistics, OpenDataLicence licence) {
        this.statistics = statistics;
        this.licence = licence;
    }

    @GetMapping("/statistics")
    String statistics(Model model) {
        model.addAttribute("statistics", statistics.of(LocaleContextHolder.getLocale()));
        return "reports/statistics";
    }

    @GetMapping("/open-data")
    String openData(Model model) {
        model.addAttribute("tables", RegistryExports.TABLES);
        model.addAttribute("licence", licence);
        return "reports/open-data";
    }
}
