package eu.leadercoop.importer.web;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rendered HTML form filled in as a browser would submit it: text fields and text areas with their values,
 * checked boxes and radio buttons only, the selected options of each select (the first when none is). Tests
 * change fields by name before posting, exactly as a person would in the page.
 */
final class HtmlForm {

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final String action;

    private HtmlForm(String action) {
        this.action = action;
    }

    static HtmlForm of(Element form) {
        HtmlForm f = new HtmlForm(form.attr("action"));
        for (Element e : form.select("input, select, textarea")) {
            String name = e.attr("name");
            if (name.isEmpty() || e.hasAttr("disabled")) {
                continue;
            }
            switch (e.tagName()) {
                case "select" -> {
                    List<Element> chosen = e.select("option[selected]");
                    if (!e.hasAttr("multiple") && chosen.size() > 1) {
                        chosen = List.of(chosen.get(chosen.size() - 1)); // a browser keeps the last one selected
                    }
                    if (chosen.isEmpty() && !e.hasAttr("multiple") && !e.select("option").isEmpty()) {
                        chosen = List.of(e.selectFirst("option"));
                    }
                    chosen.forEach(o -> f.add(name, o.attr("value")));
                }
                case "textarea" -> f.add(name, e.val());
                default -> {
                    String type = e.attr("type");
                    if (type.equals("submit") || type.equals("button") || type.equals("file")) {
                        continue;
                    }
                    if ((type.equals("checkbox") || type.equals("radio")) && !e.hasAttr("checked")) {
                        continue;
                    }
                    f.add(name, e.val());
                }
            }
        }
        return f;
    }

    String action() {
        return action;
    }

    String value(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** Types {@code value} into a field, or picks it in a select or radio group. */
    HtmlForm set(String name, String value) {
        values.put(name, new ArrayList<>(List.of(value)));
        return this;
    }

    /** Ticks a checkbox ({@code true}) or clears it. */
    HtmlForm check(String name, boolean checked) {
        if (checked) {
            values.put(name, new ArrayList<>(List.of("true")));
        } else {
            values.remove(name);
        }
        return this;
    }

    Map<String, List<String>> values() {
        return values;
    }

    private void add(String name, String value) {
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
}
