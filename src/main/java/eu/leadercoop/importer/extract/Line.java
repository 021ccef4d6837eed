package eu.leadercoop.importer.extract;

/**
 * One trimmed line of the document with its position, so every value read from it can be pointed at.
 *
 * @param index number of the line in the document, from 0
 * @param text  the line without leading and trailing white space (non-breaking spaces already made plain)
 * @param lower {@code text} lower-cased char by char, so offsets in both are the same
 * @param start offset of {@code text} in the document text
 */
record Line(int index, String text, String lower, int start) {

    static Line of(int index, String text, int start) {
        return new Line(index, text, Text.lower(text), start);
    }

    int end() {
        return start + text.length();
    }

    boolean isBlank() {
        return text.isEmpty();
    }
}
