package eu.leadercoop.registry.web.edit;

import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.web.edit.FormKind.Spec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a submitted editor form into the draft the registry checks: the same JSON tree the API would
 * send, built from the inputs' paths. Only what a form cannot say in JSON is decided here (a number
 * typed with a decimal comma, a date left as it was shown, an empty commitment group); everything else
 * is the registry's to judge.
 */
final class FormReading {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern COMMITMENT = Pattern.compile("^commitments\\[(\\d+)]");

    private final FormKind kind;
    private final List<Spec> specs;
    private final Map<String, List<String>> original;
    private final Locale locale;
    private final List<FieldProblem> problems = new ArrayList<>();
    /** For each commitment sent to the registry, its group's index in the form. */
    private final List<Integer> commitmentGroups = new ArrayList<>();

    /**
     * @param original the item as stored (empty for a new one): dates left as shown are sent as stored
     */
    FormReading(FormKind kind, List<Spec> specs, Map<String, List<String>> original, Locale locale) {
        this.kind = kind;
        this.specs = specs;
        this.original = original;
        this.locale = locale;
    }

    /**
     * The draft a tree of {@link #tree} states (as the caller may have completed it).
     *
     * @throws InvalidDraftException naming the inputs a draft cannot be made of (a number that is none)
     */
    <T> T read(ObjectNode tree, Class<T> type, JsonMapper json) {
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
        try {
            return json.treeToValue(tree, type);
        } catch (DatabindException e) {
            String field = e.getPath().isEmpty() ? "" : String.valueOf(e.getPath().getLast().getPropertyName());
            throw new InvalidDraftException(List.of(FieldProblem.of(field, "wrong_type", "has a value of the wrong type")));
        }
    }

    /** The JSON tree of the submitted inputs. */
    ObjectNode tree(Map<String, List<String>> params) {
        ObjectNode tree = NODES.objectNode();
        for (Spec spec : specs) {
            List<String> raw = params.getOrDefault(spec.name(), List.of());
            String first = raw.isEmpty() ? "" : raw.getFirst().strip();
            switch (spec.type()) {
                case CHECKBOX -> FormValues.put(tree, spec.name(), NODES.booleanNode(!first.isEmpty() && !first.equals("false")));
                case CHECKBOXES -> FormValues.put(tree, spec.name(), list(raw));
                case LINES -> {
                    ArrayNode lines = list(Arrays.asList(first.split("\\R")));
                    if (!lines.isEmpty()) {
                        FormValues.put(tree, spec.name(), lines);
                    }
                }
                case NUMBER -> {
                    if (!first.isEmpty()) {
                        Optional<BigDecimal> number = FormValues.number(first);
                        number.ifPresentOrElse(n -> FormValues.put(tree, spec.name(), NODES.numberNode(n)),
                                () -> problems.add(FieldProblem.of(spec.name(), "not_a_number", "'" + first + "' is not a number", first)));
                    }
                }
                case DATE, RANGE -> date(tree, spec, first);
                default -> {
                    if (!first.isEmpty()) {
                        FormValues.put(tree, spec.name(), NODES.stringNode(first));
                    }
                }
            }
        }
        dropEmptyCommitments(tree);
        return tree;
    }

    /** A date left as the form showed it keeps the stored date and wording; a new one keeps its wording as typed. */
    private void date(ObjectNode tree, Spec spec, String typed) {
        boolean range = spec.type() == FormField.Type.RANGE;
        if (!original.isEmpty() && typed.equals(DateWording.shown(original, spec, locale))) {
            for (String key : range ? List.of(spec.name() + ".start", spec.name() + ".end", spec.name() + ".as_written")
                    : spec.asWritten() == null ? List.of(spec.name()) : List.of(spec.name(), spec.asWritten())) {
                List<String> stored = original.get(key);
                if (stored != null && !stored.isEmpty()) {
                    FormValues.put(tree, key, NODES.stringNode(stored.getFirst()));
                }
            }
            return;
        }
        if (typed.isEmpty()) {
            return;
        }
        FormValues.put(tree, range ? spec.name() + ".start" : spec.name(), NODES.stringNode(typed));
        if (range) {
            FormValues.put(tree, spec.name() + ".as_written", NODES.stringNode(typed));
        } else if (spec.asWritten() != null) {
            FormValues.put(tree, spec.asWritten(), NODES.stringNode(typed));
        }
    }

    private static ArrayNode list(List<String> raw) {
        ArrayNode list = NODES.arrayNode();
        raw.stream().map(String::strip).filter(v -> !v.isEmpty()).forEach(list::add);
        return list;
    }

    /** An activity's commitment groups that state nothing are no commitments. */
    private void dropEmptyCommitments(ObjectNode tree) {
        if (kind != FormKind.ACTIVITIES || !tree.has("commitments")) {
            return;
        }
        ArrayNode kept = NODES.arrayNode();
        JsonNode groups = tree.get("commitments");
        for (int i = 0; i < groups.size(); i++) {
            JsonNode c = groups.get(i);
            boolean empty = !c.has("min_count") && !c.has("deadline") && !c.has("as_written")
                    && (!c.has("event_types") || c.get("event_types").isEmpty());
            if (!empty) {
                kept.add(c);
                commitmentGroups.add(i);
            }
        }
        tree.set("commitments", kept);
    }

    /** A problem the registry names by the draft's path, named by the form's input instead. */
    FieldProblem toForm(FieldProblem p) {
        Matcher m = COMMITMENT.matcher(p.field());
        if (!m.find()) {
            return p;
        }
        int sent = Integer.parseInt(m.group(1));
        int group = sent < commitmentGroups.size() ? commitmentGroups.get(sent) : sent;
        return new FieldProblem("commitments[" + group + "]" + p.field().substring(m.end()), p.code(), p.arguments(), p.message());
    }
}
