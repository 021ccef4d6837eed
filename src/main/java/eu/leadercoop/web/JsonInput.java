package eu.leadercoop.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * What JSON input may hold, for every body the app reads: no {@code null} inside a list (a list of partners,
 * commitments, organisation ids...: {@code [null]} used to reach the code as a missing item and end in a 500),
 * and no NUL character in any text (PostgreSQL cannot store one). Both fail while reading, with the path of the
 * value, so the API answers 400 naming {@code partners[0]} or {@code titles.en}.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

    @Bean
    JsonMapperBuilderCustomizer noNullsInLists() {
        JsonSetter.Value failOnNullItems = JsonSetter.Value.forContentNulls(Nulls.FAIL);
        return builder -> {
            for (Class<?> type : List.of(List.class, Set.class, Collection.class)) {
                builder.withConfigOverride(type, o -> o.setNullHandling(failOnNullItems));
            }
        };
    }

    @Bean
    SimpleModule noNulCharacters() {
        SimpleModule module = new SimpleModule("leadercoop-text");
        module.addDeserializer(String.class, new TextDeserializer());
        return module;
    }

    /** Text as Jackson reads it, refused when it holds U+0000. */
    static final class TextDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            String text = super.deserialize(p, ctxt);
            if (text != null && text.indexOf('\0') >= 0) {
                return (String) ctxt.handleWeirdStringValue(String.class, text, "contains a NUL character (U+0000)");
            }
            return text;
        }
    }
}
