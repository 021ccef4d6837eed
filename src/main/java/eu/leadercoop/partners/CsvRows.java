package eu.leadercoop.partners;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 rows: comma-separated fields, fields in double quotes may hold commas, line breaks and
 * doubled quotes. Each row remembers the line it starts on, so that errors can name it.
 */
final class CsvRows {

    record Row(int line, List<String> fields) {
    }

    private CsvRows() {
    }

    static List<Row> read(String file, Reader in) {
        try {
            return parse(file, in);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static List<Row> parse(String file, Reader in) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean fieldStarted = false;
        int c = in.read();
        if (c == '\uFEFF') {
            c = in.read();
        }
        while (c != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = next;
                        continue;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                fieldStarted = true;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r') {
                    int next = in.read();
                    if (next != '\n') {
                        c = next;
                        endRow(rows, fields, field, rowStart, fieldStarted);
                        line++;
                        rowStart = line;
                        fieldStarted = false;
                        afterQuote = false;
                        continue;
                    }
                }
                endRow(rows, fields, field, rowStart, fieldStarted);
                line++;
                rowStart = line;
                fieldStarted = false;
                afterQuote = false;
            } else if (ch == '"') {
                if (field.length() > 0 || afterQuote) {
                    throw new DirectoryFormatException(file, line, "a quote inside an unquoted field");
                }
                quoted = true;
                fieldStarted = true;
            } else {
                if (afterQuote) {
                    throw new DirectoryFormatException(file, line, "text after a closing quote");
                }
                field.append(ch);
                fieldStarted = true;
            }
            c = in.read();
        }
        if (quoted) {
            throw new DirectoryFormatException(file, rowStart, "a quoted field is not closed");
        }
        endRow(rows, fields, field, rowStart, fieldStarted);
        return rows;
    }

    private static void endRow(List<Row> rows, List<String> fields, StringBuilder field, int line,
                               boolean fieldStarted) {
        if (!fieldStarted && fields.isEmpty() && field.isEmpty()) {
            return; // empty line
        }
        fields.add(field.toString());
        rows.add(new Row(line, List.copyOf(fields)));
        fields.clear();
        field.setLength(0);
    }
}
