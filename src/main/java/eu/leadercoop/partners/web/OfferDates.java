package eu.leadercoop.partners.web;

import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.web.Formats;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Days and planned periods of offers the reader's way, for the templates ({@code @offerDates.day(...)}). */
@Component("offerDates")
class OfferDates {

    private final Formats formats;

    OfferDates(Formats formats) {
        this.formats = formats;
    }

    public String day(LocalDate day) {
        return day == null ? "" : formats.date(PartialDate.of(day));
    }

    /** A planned period given as EDTF start and end, either may be missing. */
    public String period(String start, String end) {
        PartialDate from = start == null ? null : PartialDate.fromEdtf(start);
        PartialDate to = end == null ? null : PartialDate.fromEdtf(end);
        return formats.span(from, to);
    }
}
