package eu.leadercoop.registry.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reduces an organisation's name to a key that is the same for every way people write it: legal forms
 * (MTÜ, mittetulundusühing, SA, sihtasutus, Stowarzyszenie, LGD, Lokalna Grupa Działania), case,
 * quotes, diacritics and word order do not count. Different organisations keep different keys
 * (Põhja-Harju and Ida-Harju stay apart). Used for exact alias lookup; the importer adds fuzzy
 * matching on top.
 */
public final class OrganisationNames {

    private static final Pattern MULTI_WORD_FORMS = Pattern.compile(
            "\\b(lokalna grupa dzialania|lokalnej grupy dzialania|mittetulundus uhing)\\b");
    private static final Set<String> LEGAL_FORM_WORDS = Set.of(
            "mtu", "mittetulundusuhing", "sa", "sihtasutus", "stowarzyszenie", "stowarzyszenia", "lgd",
            "fundacja", "fundacji", "ry", "ou", "as", "ngo");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private OrganisationNames() {
    }

    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD))
                .replaceAll("")
                .replace('ł', 'l');
        folded = NOT_WORD.matcher(folded).replaceAll(" ");
        folded = MULTI_WORD_FORMS.matcher(folded).replaceAll(" ");
        return Arrays.stream(folded.split(" "))
                .map(w -> w.replaceAll("^-+|-+$", ""))
                .filter(w -> !w.isEmpty() && !LEGAL_FORM_WORDS.contains(w))
                .sorted()
                .collect(Collectors.joining(" "));
    }
}
