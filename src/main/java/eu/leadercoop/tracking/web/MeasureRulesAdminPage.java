package eu.leadercoop.tracking.web;

import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.tracking.MeasureRules;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/measure-rules}: the table of funding measures' maximum grant rates that money checks use.
 * Administrators add a rule (programme, measure, maximum in percent, note) or delete one. Network
 * administrators only ({@link Administrators}).
 */
@Controller
class MeasureRulesAdminPage {

    /** What the form held, to show it again beside the problems. */
    record Form(String programme, String measure, String maxPercent, String note) {
    }

    private final MeasureRules rules;
    private final Administrators administrators;

    MeasureRulesAdminPage(MeasureRules rules, Administrators administrators) {
        this.rules = rules;
        this.administrators = administrators;
    }

    @GetMapping("/admin/measure-rules")
    String show(Model model) {
        return administrators.refusal().orElseGet(() -> page(model));
    }

    private String page(Model model) {
        model.addAttribute("rules", rules.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new Form("", "", "", ""));
            model.addAttribute("problems", Map.of());
        }
        return "tracking/admin-measure-rules";
    }

    @PostMapping("/admin/measure-rules")
    String add(@RequestParam(defaultValue = "") String programme, @RequestParam(defaultValue = "") String measure,
            @RequestParam(name = "max_percent", defaultValue = "") String maxPercent, @RequestParam(defaultValue = "") String note,
            Model model, HttpServletResponse response) {
        Optional<String> refusal = administrators.refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        BigDecimal share = share(maxPercent);
        List<FieldProblem> found = rules.problems(programme, measure, share == null ? BigDecimal.ONE : share, note);
        Map<String, String> problems = new HashMap<>();
        if (share == null) {
            problems.put("max_grant_rate", maxPercent.isBlank() ? "tracking.admin.rules.problem.required"
                    : "tracking.admin.rules.problem.invalid_rate");
        }
        found.forEach(p -> problems.putIfAbsent(p.field(), "tracking.admin.rules.problem." + p.code()));
        if (problems.isEmpty()) {
            rules.add(programme, measure, share, note);
            return "redirect:/admin/measure-rules";
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("form", new Form(programme, measure, maxPercent, note));
        model.addAttribute("problems", problems);
        return page(model);
    }

    @PostMapping("/admin/measure-rules/{id}/delete")
    String delete(@PathVariable long id) {
        Optional<String> refusal = administrators.refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        rules.remove(id);
        return "redirect:/admin/measure-rules";
    }

    /** "90", "90,5" or "90 %" as a share (0.9, 0.905); null when blank or not a number. */
    private static BigDecimal share(String percent) {
        String text = percent.replace(',', '.').replace("%", "").strip();
        try {
            return text.isEmpty() ? null : new BigDecimal(text).movePointLeft(2);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
