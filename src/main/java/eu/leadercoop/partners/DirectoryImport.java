package eu.leadercoop.partners;

import eu.leadercoop.registry.ListingOutcome;
import eu.leadercoop.registry.OrganisationListings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A national list of LAGs (or any organisations) that a network administrator uploads as CSV or XLSX, in
 * the columns of the directory files ({@link LagDirectory#HEADER}): first a {@link #preview} says row by
 * row what would happen (new, updated, unchanged, or invalid with the reason), then {@link #importFile}
 * saves it, matched and merged like the shipped directory ({@link DirectoryLoading}). A file with any
 * invalid row is refused whole: nothing of it is saved.
 */
@Service
public class DirectoryImport {

    /** What happens to one row. */
    public enum Status { NEW, UPDATED, UNCHANGED, INVALID }

    /**
     * One row of the file.
     *
     * @param row            its number as the file shows it (the header is row 1)
     * @param name           the name it gives, if any
     * @param reason         why an invalid row is refused, else null
     * @param changed        for an updated row, the fields that change
     * @param keptEdits      fields where the list differs from what a person entered since; the person's value stays
     * @param organisationId the organisation it is (null for a new or invalid row)
     */
    public record Row(int row, String name, Status status, String reason, List<String> changed, List<String> keptEdits,
            Long organisationId) {
    }

    /** Every row in file order, with the count of each status. */
    public record Preview(String fileName, List<Row> rows) {

        public long count(Status status) {
            return rows.stream().filter(r -> r.status() == status).count();
        }

        /** The invalid rows (a file with any is refused). */
        public List<Row> invalid() {
            return rows.stream().filter(r -> r.status() == Status.INVALID).toList();
        }

        /** Whether the file may be imported: it has rows and none is invalid. */
        public boolean importable() {
            return !rows.isEmpty() && invalid().isEmpty();
        }
    }

    /** A file refused because of its invalid rows; {@link #preview()} names them. */
    public static class InvalidListException extends RuntimeException {

        private final transient Preview preview;

        public InvalidListException(Preview preview) {
            super(preview.invalid().isEmpty() ? "the file has no rows"
                    : "row " + preview.invalid().getFirst().row() + ": " + preview.invalid().getFirst().reason());
            this.preview = preview;
        }

        public Preview preview() {
            return preview;
        }
    }

    private final OrganisationListings listings;

    DirectoryImport(OrganisationListings listings) {
        this.listings = listings;
    }

    /** What importing the file would do; changes nothing (network administrators). */
    public Preview preview(String fileName, byte[] content) {
        ListFile.Rows rows = ListFile.read(fileName, content);
        return preview(fileName, rows, listings.preview(listingsOf(rows)));
    }

    /**
     * Imports the file, all or nothing (network administrators).
     *
     * @throws InvalidListException when a row is invalid or there is none; nothing is saved then
     */
    public Preview importFile(String fileName, byte[] content) {
        ListFile.Rows rows = ListFile.read(fileName, content);
        if (!rows.invalid().isEmpty() || rows.valid().isEmpty()) {
            throw new InvalidListException(preview(fileName, rows, listings.preview(listingsOf(rows))));
        }
        return preview(fileName, rows, listings.importList(listingsOf(rows)));
    }

    private static List<eu.leadercoop.registry.OrganisationListing> listingsOf(ListFile.Rows rows) {
        return rows.valid().stream().map(v -> v.entry().listing()).toList();
    }

    private static Preview preview(String fileName, ListFile.Rows rows, List<ListingOutcome> outcomes) {
        List<Row> all = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            ListingOutcome o = outcomes.get(i);
            all.add(new Row(rows.valid().get(i).row(), o.name(), Status.valueOf(o.status().name()), null, o.changed(),
                    o.keptEdits(), o.organisationId()));
        }
        rows.invalid().forEach(r -> all.add(new Row(r.row(), r.name(), Status.INVALID, r.reason(), List.of(), List.of(), null)));
        all.sort(Comparator.comparingInt(Row::row));
        return new Preview(fileName, List.copyOf(all));
    }
}
