package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.time.PartialDate;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a partial date as its EDTF string ({@code 2024-06}, {@code 2025-21}): one column keeps the
 * precision, reads back exactly, and sorts by year first in both H2 and PostgreSQL.
 */
@Converter(autoApply = true)
class PartialDateConverter implements AttributeConverter<PartialDate, String> {

    @Override
    public String convertToDatabaseColumn(PartialDate date) {
        return date == null ? null : date.toEdtf();
    }

    @Override
    public PartialDate convertToEntityAttribute(String edtf) {
        return edtf == null ? null : PartialDate.fromEdtf(edtf);
    }
}
