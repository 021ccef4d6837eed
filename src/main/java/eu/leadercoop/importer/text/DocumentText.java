package eu.leadercoop.importer.text;

import java.util.List;

/**
 * The text of one document, ready for extraction.
 *
 * @param text     plain text, paragraphs and list items on lines of their own
 * @param format   {@code txt}, {@code html}, {@code docx}, {@code pdf}...
 * @param charset  the character set a text file was read in; null for other formats
 * @param warnings what the reader had to guess or leave out
 */
public record DocumentText(String text, String format, String charset, List<String> warnings) {
}
