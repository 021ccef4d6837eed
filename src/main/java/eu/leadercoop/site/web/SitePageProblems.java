package eu.leadercoop.site.web;

import eu.leadercoop.registry.FieldProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A refused save's problems by field, for the editor's template ({@code ${@sitePageProblems.byField(problems)}}). */
@Component("sitePageProblems")
class SitePageProblems {

    public Map<String, FieldProblem> byField(List<FieldProblem> problems) {
        Map<String, FieldProblem> byField = new HashMap<>();
        problems.forEach(p -> byField.putIfAbsent(p.field(), p));
        return byField;
    }
}
