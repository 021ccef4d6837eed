package eu.leadercoop.partners.web;

import eu.leadercoop.partners.Offer;
import eu.leadercoop.partners.OfferResults;
import eu.leadercoop.partners.OfferSearch;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The open offers a search finds (same parameters as {@code /offers}) as feeds: an iCalendar with each
 * offer's reply deadline as an all-day event, and an Atom feed, newest offer first.
 */
@RestController
class OfferFeeds {

    static final String ICS = "text/calendar;charset=UTF-8";
    static final String ATOM = "application/atom+xml;charset=UTF-8";
    private static final int FEED_SIZE = 100;

    private final OfferSearch search;
    private final MessageSource messages;

    OfferFeeds(OfferSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/offers.ics")
    ResponseEntity<String> calendar(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "wanted_country", required = false) List<String> wantedCountry,
            @RequestParam(name = "wanted_kind", required = false) List<String> wantedKind,
            @RequestParam(required = false) List<String> theme, @RequestParam(required = false) List<String> language) {
        Locale locale = LocaleContextHolder.getLocale();
        OfferResults results = search.search(OfferParams.query(q, locale.getLanguage(), wantedCountry, wantedKind, theme, language, 0,
                FEED_SIZE));
        String site = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//LeaderCoop//Offers//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", messages.getMessage("offers.feed.title", null, locale)));
        for (Offer o : results.offers()) {
            VEvent event = new VEvent(o.replyDeadline(), o.replyDeadline().plusDays(1), o.title());
            event.add(new Uid("leadercoop-offer-" + o.id()));
            event.add(new Categories("offer-deadline"));
            event.add(new Description(messages.getMessage("offers.feed.deadline", new Object[] {o.replyDeadline().toString()}, locale)
                    + "\n" + o.organisation().name() + "\n" + o.description()));
            event.add(new Url(URI.create(site + "/offers/" + o.id())));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ICS)).body(out.toString());
    }

    @GetMapping("/offers.atom")
    ResponseEntity<String> atom(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "wanted_country", required = false) List<String> wantedCountry,
            @RequestParam(name = "wanted_kind", required = false) List<String> wantedKind,
            @RequestParam(required = false) List<String> theme, @RequestParam(required = false) List<String> language) {
        Locale locale = LocaleContextHolder.getLocale();
        OfferResults results = search.search(OfferParams.query(q, locale.getLanguage(), wantedCountry, wantedKind, theme, language, 0,
                FEED_SIZE));
        String site = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        List<Offer> newestFirst = results.offers().stream()
                .sorted((a, b) -> b.createdAt().compareTo(a.createdAt())).toList();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            element(xml, "title", messages.getMessage("offers.feed.title", null, locale));
            element(xml, "id", site + "/offers.atom");
            link(xml, site + "/offers", null);
            Instant updated = newestFirst.isEmpty() ? Instant.EPOCH : newestFirst.getFirst().createdAt();
            element(xml, "updated", time(updated));
            for (Offer o : newestFirst) {
                xml.writeStartElement("entry");
                element(xml, "title", o.title());
                element(xml, "id", site + "/offers/" + o.id());
                link(xml, site + "/offers/" + o.id(), o.language());
                element(xml, "updated", time(o.createdAt()));
                xml.writeStartElement("author");
                element(xml, "name", o.organisation().name());
                xml.writeEndElement();
                element(xml, "summary", messages.getMessage("offers.feed.deadline", new Object[] {o.replyDeadline().toString()}, locale)
                        + "\n" + o.description());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ATOM)).body(out.toString());
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href, String hreflang) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("href", href);
        if (hreflang != null) {
            xml.writeAttribute("hreflang", hreflang);
        }
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.atOffset(ZoneOffset.UTC));
    }
}
