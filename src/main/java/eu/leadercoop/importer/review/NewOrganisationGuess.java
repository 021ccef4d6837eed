package eu.leadercoop.importer.review;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a name proposed as a new organisation probably is, from the words in it, for the form to start from: legal
 * form (MTÜ, Stowarzyszenie: non-profit association; SA, Fundacja: foundation; Powiat: county; vald, gmina:
 * municipality), kind (koostöökogu, partnerluskogu, tegevusrühm, LGD: a LAG) and country (from the text's
 * language). A person confirms or corrects each.
 */
final class NewOrganisationGuess {

    private static final Pattern NON_PROFIT = word("mtü|mittetulundusühing\\p{L}*|stowarzyszeni\\p{L}*|ry|e\\.v\\.|association");
    private static final Pattern FOUNDATION = word("sa|sihtasutus\\p{L}*|fundacj\\p{L}*|foundation");
    private static final Pattern COUNTY = word("powiat\\p{L}*|maakond\\p{L}*|county");
    private static final Pattern MUNICIPALITY = word("vald|valla|vallavalitsus\\p{L}*|linn|linna|gmin\\p{L}*|miasto|municipality");
    private static final Pattern COMPANY = word("oü|as|sp\\. z o\\.o\\.|ltd|gmbh|company");
    private static final Pattern LAG = Pattern.compile(
            "koostöökogu|koostöökoda|koostöökoja|partnerluskogu|tegevusrühm|arendusselts|lokaln\\p{L}* grup\\p{L}* działani"
                    + "|(?<![\\p{L}])(?:lgd|lag|leader)(?![\\p{L}])|local action group|kogu(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private NewOrganisationGuess() {
    }

    static String legalForm(String name) {
        String n = lower(name);
        if (NON_PROFIT.matcher(n).find()) {
            return "non_profit_association";
        }
        if (FOUNDATION.matcher(n).find()) {
            return "foundation";
        }
        if (COUNTY.matcher(n).find()) {
            return "county";
        }
        if (MUNICIPALITY.matcher(n).find()) {
            return "municipality";
        }
        return COMPANY.matcher(n).find() ? "company" : "";
    }

    static String kind(String name) {
        if (LAG.matcher(lower(name)).find()) {
            return "lag";
        }
        return switch (legalForm(name)) {
            case "foundation" -> "foundation";
            case "county", "municipality" -> "local_government";
            case "company" -> "company";
            default -> "ngo";
        };
    }

    /** The country of a text in Estonian or Polish; blank for English and others, where it cannot be told. */
    static String country(String language) {
        return switch (language == null ? "" : language) {
            case "et" -> "EE";
            case "pl" -> "PL";
            default -> "";
        };
    }

    private static Pattern word(String alternatives) {
        return Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])", Pattern.UNICODE_CASE);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
