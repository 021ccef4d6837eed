package eu.leadercoop.registry.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * A short list of texts (an organisation's regions, its programming periods) kept in one column,
 * items separated by {@code |}: the lists are small, read whole and never queried item by item, and
 * one column keeps the history (Envers) a plain before/after of the whole list.
 */
@Converter
public class TextList implements AttributeConverter<List<String>, String> {

    /** The separator; an item never contains it (see {@link #clean}). */
    public static final String SEPARATOR = "|";

    @Override
    public String convertToDatabaseColumn(List<String> items) {
        return items == null || items.isEmpty() ? null : String.join(SEPARATOR, items);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The items stripped, without blanks, duplicates or the separator. */
    public static List<String> clean(List<String> items) {
        return items == null ? List.of() : items.stream().filter(java.util.Objects::nonNull)
                .map(s -> s.replace(SEPARATOR, " ").strip()).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
