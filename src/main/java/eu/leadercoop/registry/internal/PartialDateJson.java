package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.time.PartialDate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/** Partial dates in JSON are EDTF strings ({@code 2024-06}, {@code 2025-21}), as DESIGN.md's contract says. */
@Component
class PartialDateJson extends SimpleModule {

    PartialDateJson() {
        super("leadercoop-partial-dates");
        addSerializer(PartialDate.class, new StdSerializer<>(PartialDate.class) {
            @Override
            public void serialize(PartialDate value, JsonGenerator generator, SerializationContext context) {
                generator.writeString(value.toEdtf());
            }
        });
    }
}
