package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.Contact;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContactReaderTest {

    private static List<Contact> contacts(String text) {
        return ContactReader.read(SectionSplitter.split(SourceText.of(text), new DatedLines())).stream()
                .map(ContactReader.Found::contact).toList();
    }

    @Test
    void keepsEveryPersonOfALineThatNamesSeveralEachWithTheirOwnPhoneAndAddress() {
        assertThat(contacts("Kontakt: Mari Mets, projektijuht, tel +372 5123 4567, mari.mets@example.ee; "
                + "Jaan Tamm, (+372) 555 12345, jaan@example.ee")).containsExactly(
                new Contact("Mari Mets", "mari.mets@example.ee", "+372 5123 4567"),
                new Contact("Jaan Tamm", "jaan@example.ee", "(+372) 555 12345"));
        assertThat(contacts("Lisainfo: Anna Nowak anna@lgd.pl, Jan Kowalski jan@lgd.pl")).containsExactly(
                new Contact("Anna Nowak", "anna@lgd.pl", null), new Contact("Jan Kowalski", "jan@lgd.pl", null));
    }
}
