package eu.leadercoop.importer.extract;

/**
 * A partial date or range read from text, as EDTF, with where it was written.
 *
 * @param start     EDTF of the start ({@code 2024-06-04}, {@code 2025-21})
 * @param end       EDTF of the end; equal to {@code start} for a single date
 * @param asWritten the characters it was read from
 * @param from      offset where it starts in the text given to the reader
 * @param to        offset after it
 */
record DateHit(String start, String end, String asWritten, int from, int to) {
}
