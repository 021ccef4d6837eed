package eu.leadercoop.registry.web.edit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Between a form's flat inputs and the draft's JSON tree: {@code commitments[0].min_count = 3} is
 * {@code {"commitments": [{"min_count": 3}]}}, a list of plain values is one input with several values.
 */
final class FormValues {

    private static final Pattern SEGMENT = Pattern.compile("([a-z_]+)(?:\\[(\\d+)])?");
    /** 1 234,56 and 1.234,56 (dots between thousands), 1234.56, 1 234: spaces of any kind between digits. */
    private static final Pattern DOTTED_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");

    private FormValues() {
    }

    /** Every value of the tree under its path; arrays of plain values give several values of one path. */
    static Map<String, List<String>> flatten(JsonNode node) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        flatten("", node, values);
        return values;
    }

    private static void flatten(String path, JsonNode node, Map<String, List<String>> values) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), values));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (item.isContainer()) {
                    flatten(path + "[" + i + "]", item, values);
                } else if (!item.isNull()) {
                    values.computeIfAbsent(path, k -> new ArrayList<>()).add(text(item));
                }
            }
        } else {
            values.computeIfAbsent(path, k -> new ArrayList<>()).add(text(node));
        }
    }

    private static String text(JsonNode scalar) {
        return scalar.isNumber() ? scalar.decimalValue().stripTrailingZeros().toPlainString() : scalar.asString();
    }

    /** Sets {@code value} at {@code path} (dots between properties, {@code [i]} for list items), making what is missing. */
    static void put(ObjectNode root, String path, JsonNode value) {
        String[] segments = path.split("\\.");
        ObjectNode current = root;
        for (int s = 0; s < segments.length; s++) {
            Matcher m = SEGMENT.matcher(segments[s]);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a form path: " + path);
            }
            String property = m.group(1);
            boolean last = s == segments.length - 1;
            if (m.group(2) == null) {
                if (last) {
                    current.set(property, value);
                } else {
                    current = current.has(property) ? (ObjectNode) current.get(property) : current.putObject(property);
                }
            } else {
                ArrayNode list = current.has(property) ? (ArrayNode) current.get(property) : current.putArray(property);
                int index = Integer.parseInt(m.group(2));
                while (list.size() <= index) {
                    list.addObject();
                }
                if (last) {
                    list.set(index, value);
                } else {
                    current = (ObjectNode) list.get(index);
                }
            }
        }
    }

    /**
     * A number as people type it: {@code 33 000}, {@code 33 002,80}, {@code 33.002,80}, {@code 33002.80}
     * (spaces of any kind between thousands, a decimal comma or point); empty when it is none.
     */
    static Optional<BigDecimal> number(String text) {
        String compact = text.strip().replaceAll("[\\s\\u00A0\\u202F']", "");
        if (DOTTED_THOUSANDS.matcher(compact).matches()) {
            compact = compact.replace(".", "");
        }
        compact = compact.replace(',', '.');
        if (!compact.matches("-?\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(compact));
    }
}
