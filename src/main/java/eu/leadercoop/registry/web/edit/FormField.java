package eu.leadercoop.registry.web.edit;

import java.util.List;

/**
 * One input of an editing form as the page draws it. {@code name} is the path of the draft property it
 * states, as the JSON API names it ({@code titles.et}, {@code commitments[0].min_count}), so that the
 * registry's problems, which use the same paths, land beside the right input.
 *
 * @param label   the label in the reader's language
 * @param values  what the input holds (several for {@link Type#CHECKBOXES})
 * @param problem what is wrong with it, in the reader's language; null when nothing is
 * @param hint    a help text under the input, or null
 * @param group   the legend of the group of inputs it belongs to ("Commitment 1"), or null
 */
public record FormField(String name, String label, Type type, List<Option> options, List<String> values, String problem,
        String hint, boolean required, String group) {

    public enum Type {
        TEXT, TEXTAREA, LINES, DATE, RANGE, NUMBER, CHECKBOX, SELECT, CHECKBOXES, EMAIL, URL, TEL, ORGANISATION, HIDDEN;

        /** The code templates switch on: {@code text}, {@code range}, ... */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One choice of a select or a group of checkboxes. */
    public record Option(String value, String label) {
    }

    public FormField {
        options = List.copyOf(options);
        values = List.copyOf(values);
    }

    /** The first value, or an empty text. */
    public String value() {
        return values.isEmpty() ? "" : values.getFirst();
    }

    /** The values one per line, as a text area shows them. */
    public String joined() {
        return String.join("\n", values);
    }

    public boolean has(String value) {
        return values.contains(value);
    }

    /** The element id: the name with every character that is not a letter or digit as a dash. */
    public String id() {
        return "f-" + name.replaceAll("[^A-Za-z0-9]+", "-");
    }

    public String kind() {
        return type.code();
    }
}
