package eu.leadercoop.tracking;

import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.registry.time.PartialDateRange;
import eu.leadercoop.registry.time.PartialDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says tracking results in et, pl or en with the {@code messages/tracking} bundle: statuses, reasons
 * ({@link Phrase}s), uses of events, places. Days are written as the registry writes dates
 * ({@code 30.06.2025}, {@code 30 June 2025}).
 */
@Component
public class TrackingTexts {

    private final MessageSource messages;

    TrackingTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The whole reason of a status as one sentence: its phrases joined by semicolons. */
    public String reason(CommitmentStatus status, Locale locale) {
        return sentence(status.reason(), locale);
    }

    /** Why a commitment cannot be met, or an empty string when it can. */
    public String problems(CommitmentStatus status, Locale locale) {
        return sentence(status.problems(), locale);
    }

    public String sentence(List<Phrase> phrases, Locale locale) {
        return phrases.stream().map(p -> phrase(p, locale)).collect(Collectors.joining("; "));
    }

    public String phrase(Phrase phrase, Locale locale) {
        Object[] arguments = phrase.arguments().stream().map(a -> argument(a, locale)).toArray();
        return messages.getMessage("tracking.reason." + phrase.code(), arguments, locale);
    }

    public String status(Status status, Locale locale) {
        return messages.getMessage("tracking.status." + status.code(), null, locale);
    }

    public String use(EventUse use, Locale locale) {
        return messages.getMessage("tracking.use." + use.code(), null, locale);
    }

    public String place(Place place, Locale locale) {
        return place.isOnline() ? messages.getMessage("tracking.place.online", null, locale) : place.name();
    }

    /** "study trips, meetings or seminars", "seminars (in person)". */
    public String kinds(Phrase.Kinds kinds, Locale locale) {
        List<String> names = kinds.eventTypes().stream()
                .map(t -> messages.getMessage("tracking.kinds." + t, null, t, locale)).toList();
        String text = names.size() == 1 ? names.getFirst()
                : messages.getMessage("tracking.kinds.or",
                        new Object[] {String.join(", ", names.subList(0, names.size() - 1)), names.getLast()}, locale);
        return kinds.inPerson() ? messages.getMessage("tracking.kinds.in_person", new Object[] {text}, locale) : text;
    }

    public String day(LocalDate day, Locale locale) {
        return PartialDates.format(PartialDate.of(day), locale);
    }

    private Object argument(Object value, Locale locale) {
        return switch (value) {
            case LocalDate day -> day(day, locale);
            case Phrase.Kinds kinds -> kinds(kinds, locale);
            case Phrase.Places places -> places.places().stream().map(p -> place(p, locale)).collect(Collectors.joining(", "));
            case Phrase.Dates dates -> dates.dates().stream().map(d -> format(d, locale)).collect(Collectors.joining(", "));
            case Phrase.Use use -> use(use.use(), locale);
            default -> value;
        };
    }

    private static String format(PartialDateRange range, Locale locale) {
        return PartialDates.format(range, locale);
    }
}
