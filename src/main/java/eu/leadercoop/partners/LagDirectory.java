package eu.leadercoop.partners;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The LAG directory: local action groups, fisheries groups and their networks of every country whose
 * public lists were studied, as shipped in {@code partners/directory/lags-CC.csv}. Immutable and
 * Spring-free; {@link #shipped()} reads the files once per class loader of this class.
 *
 * <p>File format: UTF-8 CSV (RFC 4180) with the header
 * {@value #HEADER}; list fields ({@code aliases}, {@code regions}, {@code periods}) separate their
 * items with {@code |}; {@code source_date} is an ISO date. Each file holds one country, the one its
 * name says.
 */
public final class LagDirectory {

    /** The header every directory file starts with. */
    public static final String HEADER =
            "name,aliases,kind,country,regions,website,email,phone,periods,source_url,source_date";

    /** The folder on the class path that holds the files. */
    public static final String FOLDER = "partners/directory";

    /** The kind codes of DESIGN.md. */
    public static final Set<String> KINDS = Set.of(
            "lag", "flag", "municipality", "ngo", "foundation", "company", "public_body", "network");

    /** The columns of {@link #HEADER}, in order. */
    static final List<String> COLUMNS = List.of(HEADER.split(","));
    private static final Pattern FILE_NAME = Pattern.compile("lags-([a-z]{2})\\.csv");
    private static final Pattern PERIOD = Pattern.compile("(19|20)\\d\\d-(19|20)\\d\\d");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern WEB = Pattern.compile("https?://\\S+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final List<DirectoryEntry> entries;
    private final Map<String, List<DirectoryEntry>> byCountry;
    private final Map<String, List<DirectoryEntry>> names;
    private final Map<String, List<DirectoryEntry>> byKey;

    private LagDirectory(Collection<DirectoryEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, List<DirectoryEntry>> countries = new TreeMap<>();
        Map<String, List<DirectoryEntry>> written = new LinkedHashMap<>();
        Map<String, List<DirectoryEntry>> keys = new LinkedHashMap<>();
        for (DirectoryEntry entry : this.entries) {
            countries.computeIfAbsent(entry.country(), c -> new ArrayList<>()).add(entry);
            for (String name : entry.allNames()) {
                addOnce(written, name, entry);
                addOnce(keys, key(name), entry);
            }
        }
        this.byCountry = freeze(countries);
        this.names = freeze(written);
        this.byKey = freeze(keys);
    }

    private static volatile LagDirectory shipped;

    /**
     * The directory shipped with the application: every {@code lags-*.csv} on the class path, read on the
     * first call. A faulty file throws {@link DirectoryFormatException} on every call until it is fixed.
     */
    public static LagDirectory shipped() {
        LagDirectory directory = shipped;
        if (directory == null) {
            synchronized (LagDirectory.class) {
                directory = shipped;
                if (directory == null) {
                    directory = load(LagDirectory.class.getClassLoader());
                    shipped = directory;
                }
            }
        }
        return directory;
    }

    /**
     * Every {@code lags-*.csv} under {@link #FOLDER} that the given class loader sees, in folders or in
     * jars that hold an entry for the folder itself (as Maven and Spring Boot build them).
     */
    public static LagDirectory load(ClassLoader loader) {
        Map<String, URL> files = new TreeMap<>();
        try {
            Enumeration<URL> folders = loader.getResources(FOLDER);
            while (folders.hasMoreElements()) {
                URL folder = folders.nextElement();
                for (String file : listCsv(folder)) {
                    files.putIfAbsent(file, loader.getResource(FOLDER + "/" + file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + FOLDER, e);
        }
        List<DirectoryEntry> all = new ArrayList<>();
        for (Map.Entry<String, URL> file : files.entrySet()) {
            try (InputStream in = file.getValue().openStream()) {
                all.addAll(read(file.getKey(), reader(in)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.getKey(), e);
            }
        }
        return new LagDirectory(all);
    }

    /** A directory of the given entries (for tests and imports of other lists). */
    public static LagDirectory of(Collection<DirectoryEntry> entries) {
        return new LagDirectory(entries);
    }

    /**
     * Reads one directory file.
     *
     * @param file the file's name, {@code lags-CC.csv}; its CC must be the country of every row
     * @throws DirectoryFormatException naming the file and line of the first faulty row
     */
    public static List<DirectoryEntry> read(String file, Reader in) {
        var name = FILE_NAME.matcher(file);
        if (!name.matches()) {
            throw new DirectoryFormatException(file, 0, "a directory file is named lags-CC.csv");
        }
        String fileCountry = name.group(1).toUpperCase(Locale.ROOT);
        List<CsvRows.Row> rows = CsvRows.read(file, in);
        if (rows.isEmpty() || !rows.getFirst().fields().equals(COLUMNS)) {
            throw new DirectoryFormatException(file, 1, "the header must be " + HEADER);
        }
        List<DirectoryEntry> entries = new ArrayList<>();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            entries.add(entry(file, fileCountry, row));
        }
        return List.copyOf(entries);
    }

    /**
     * One row as a {@link DirectoryEntry}; {@code fileCountry} null accepts any country (a list imported
     * by a person may hold several).
     *
     * @throws DirectoryFormatException naming the row's line and the first thing wrong with it
     */
    static DirectoryEntry entry(String file, String fileCountry, CsvRows.Row row) {
        List<String> f = row.fields();
        int line = row.line();
        if (f.size() != COLUMNS.size()) {
            throw new DirectoryFormatException(file, line,
                    COLUMNS.size() + " fields expected, " + f.size() + " found");
        }
        String name = required(file, line, f, 0);
        String kind = required(file, line, f, 2);
        if (!KINDS.contains(kind)) {
            throw new DirectoryFormatException(file, line, "unknown kind '" + kind + "', one of " + new TreeSet<>(KINDS));
        }
        String country = required(file, line, f, 3);
        if (!COUNTRY.matcher(country).matches() && fileCountry == null) {
            throw new DirectoryFormatException(file, line, "country '" + country + "' is not an ISO 3166 code like EE");
        }
        if (!COUNTRY.matcher(country).matches() || fileCountry != null && !country.equals(fileCountry)) {
            throw new DirectoryFormatException(file, line,
                    "country '" + country + "' where the file is for " + fileCountry);
        }
        String website = f.get(5).strip();
        if (!website.isEmpty() && !WEB.matcher(website).matches()) {
            throw new DirectoryFormatException(file, line, "website '" + website + "' is not an http(s) address");
        }
        String email = f.get(6).strip();
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            throw new DirectoryFormatException(file, line, "e-mail '" + email + "' is not an address");
        }
        List<String> periods = list(f.get(8));
        for (String period : periods) {
            if (!PERIOD.matcher(period).matches()) {
                throw new DirectoryFormatException(file, line, "period '" + period + "' is not like 2014-2020");
            }
        }
        String source = required(file, line, f, 9);
        if (!WEB.matcher(source).matches()) {
            throw new DirectoryFormatException(file, line, "source_url '" + source + "' is not an http(s) address");
        }
        LocalDate sourceDate;
        try {
            sourceDate = LocalDate.parse(required(file, line, f, 10));
        } catch (DateTimeParseException e) {
            throw new DirectoryFormatException(file, line, "source_date '" + f.get(10) + "' is not an ISO date");
        }
        List<String> aliases = new ArrayList<>(list(f.get(1)));
        aliases.removeIf(alias -> alias.equals(name));
        return new DirectoryEntry(name, aliases, kind, country, list(f.get(4)), website, email,
                f.get(7), periods, source, sourceDate);
    }

    private static String required(String file, int line, List<String> fields, int column) {
        String value = fields.get(column).strip();
        if (value.isEmpty()) {
            throw new DirectoryFormatException(file, line, COLUMNS.get(column) + " is empty");
        }
        return value;
    }

    private static List<String> list(String field) {
        if (field.isBlank()) {
            return List.of();
        }
        return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** Every entry, country by country in the order of the files. */
    public List<DirectoryEntry> entries() {
        return entries;
    }

    /** The entries of one country (ISO 3166-1 alpha-2, any case). */
    public List<DirectoryEntry> byCountry(String country) {
        return byCountry.getOrDefault(country.toUpperCase(Locale.ROOT), List.of());
    }

    /** The countries that have entries, in alphabetical order of their codes. */
    public Set<String> countries() {
        return byCountry.keySet();
    }

    /**
     * Every name and alias as written, with the entries it names (more than one where different
     * organisations share a spelling, e.g. in different countries).
     */
    public Map<String, List<DirectoryEntry>> names() {
        return names;
    }

    /**
     * The entries a name or alias names, ignoring case, accents' composition and runs of white space.
     */
    public List<DirectoryEntry> find(String nameOrAlias) {
        return nameOrAlias == null ? List.of() : byKey.getOrDefault(key(nameOrAlias), List.of());
    }

    /** The form under which {@link #find} compares names: NFC, white space collapsed, case folded. */
    public static String key(String name) {
        String normal = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        // upper then lower case folds as well as the JDK can without ICU: ß and SS meet as ss
        return normal.replaceAll("[\\s\\u00A0]+", " ").replace('’', '\'')
                .toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static void addOnce(Map<String, List<DirectoryEntry>> map, String key, DirectoryEntry entry) {
        List<DirectoryEntry> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(entry)) {
            list.add(entry);
        }
    }

    private static Map<String, List<DirectoryEntry>> freeze(Map<String, List<DirectoryEntry>> map) {
        Map<String, List<DirectoryEntry>> frozen = new LinkedHashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }

    private static Reader reader(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static List<String> listCsv(URL folder) throws IOException {
        List<String> names = new ArrayList<>();
        if ("file".equals(folder.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                files.map(p -> p.getFileName().toString()).filter(n -> FILE_NAME.matcher(n).matches())
                        .forEach(names::add);
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        } else {
            URLConnection connection = folder.openConnection();
            if (connection instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                String prefix = jar.getEntryName() == null ? FOLDER + "/" : jar.getEntryName().replaceAll("/?$", "/");
                try (JarFile jarFile = jar.getJarFile()) {
                    for (Enumeration<JarEntry> all = jarFile.entries(); all.hasMoreElements(); ) {
                        String entry = all.nextElement().getName();
                        if (entry.startsWith(prefix)) {
                            String rest = entry.substring(prefix.length());
                            if (FILE_NAME.matcher(rest).matches()) {
                                names.add(rest);
                            }
                        }
                    }
                }
            } else {
                throw new IOException("cannot list " + folder);
            }
        }
        return names;
    }

    @Override
    public String toString() {
        StringBuilder counts = new StringBuilder();
        byCountry.forEach((c, list) -> counts.append(counts.isEmpty() ? "" : ", ").append(c).append('=').append(list.size()));
        return "LagDirectory[" + counts + "]";
    }
}
