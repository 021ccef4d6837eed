package eu.leadercoop.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ExtractCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> objects() {
        List<JsonNode> nodes = new ArrayList<>();
        try (var values = new JsonMapper().readerFor(JsonNode.class).<JsonNode>readValues(out.toString(StandardCharsets.UTF_8))) {
            values.forEachRemaining(nodes::add);
        }
        return nodes;
    }

    @Test
    void printsOneObjectPerFileInOrderWithTheContractKeysInSnakeCase(@TempDir Path dir) throws Exception {
        Path a = Files.write(dir.resolve("002.txt"), Fixtures.bytes("seeds/" + Fixtures.SEEDS[2]));
        Path b = Files.write(dir.resolve("004.txt"), Fixtures.bytes("seeds/" + Fixtures.SEEDS[4]));
        assertThat(run(a.toString(), b.toString())).isZero();
        List<JsonNode> docs = objects();
        assertThat(docs).hasSize(2);
        JsonNode first = docs.get(0);
        assertThat(first.get("source").asString()).isEqualTo("002.txt");
        assertThat(first.get("reference_number").asString()).isEqualTo("19302100001");
        assertThat(first.get("period").get("start").asString()).isEqualTo("2021-01-01");
        assertThat(first.get("period").get("as_written").asString()).isEqualTo("01.01.2021 – 31.12.2022");
        assertThat(first.get("budget").get("partners_total").isNumber()).isTrue();
        assertThat(first.get("budget").get("partners_total").decimalValue()).isEqualByComparingTo("251928.00");
        assertThat(first.get("partners").get(0).has("organisation_id")).isTrue();
        assertThat(first.get("partners").get(0).get("organisation_id").isNull()).isTrue();
        assertThat(first.get("fields").get("title").get("span").get(0).asInt()).isEqualTo("2021/1 ".length());
        assertThat(docs.get(1).get("budget").get("currency").asString()).isEqualTo("PLN");
        assertThat(docs.get(1).get("language").asString()).isEqualTo("pl");
        assertThat(first.propertyNames()).contains("source", "language", "title", "reference_number", "period",
                "partners", "budget", "funding", "target_groups", "goals", "expected_results", "activities", "events",
                "media", "contacts", "website", "fields", "warnings");
    }

    @Test
    void givesAnErrorObjectForAFileItCannotReadAndGoesOn(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path good = Files.write(dir.resolve("000.txt"), Fixtures.bytes("seeds/" + Fixtures.SEEDS[0]));
        assertThat(run(dir.resolve("missing.txt").toString(), empty.toString(), good.toString())).isZero();
        List<JsonNode> docs = objects();
        assertThat(docs).hasSize(3);
        assertThat(docs.get(0).get("source").asString()).isEqualTo("missing.txt");
        assertThat(docs.get(0).get("error").asString()).isEqualTo("No such file.");
        assertThat(docs.get(1).get("error").asString()).isEqualTo("The file is empty.");
        assertThat(docs.get(2).get("title").asString()).startsWith("Piirkondade kogemusvahetus");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty.txt: The file is empty.").doesNotContain("Exception");
    }

    @Test
    void writesTheWarningThatTheLanguageCouldNotBeToldIntoTheJson(@TempDir Path dir) throws Exception {
        Path italian = Files.write(dir.resolve("italian.txt"), Fixtures.bytes("variants/italian.txt"));
        Path german = Files.write(dir.resolve("german.txt"), Fixtures.bytes("variants/german.txt"));
        Path estonian = Files.write(dir.resolve("000.txt"), Fixtures.bytes("seeds/" + Fixtures.SEEDS[0]));
        assertThat(run(italian.toString(), german.toString(), estonian.toString())).isZero();
        List<JsonNode> docs = objects();
        assertThat(docs.get(0).get("language").isNull()).isTrue();
        assertThat(docs.get(0).get("warnings").get(0).asString()).isEqualTo("The language of the text could not be told "
                + "(the importer reads Estonian, Polish, English, Latvian, Lithuanian, Finnish, Swedish, German, French and "
                + "Czech): check every field, and choose the language of the record.");
        assertThat(docs.get(1).get("language").asString()).isEqualTo("de");
        assertThat(docs.get(1).get("warnings").toString()).doesNotContain("could not be told");
        assertThat(docs.get(2).get("warnings").toString()).doesNotContain("could not be told");
    }

    @Test
    void exitsWithOneWhenEveryFileFailedAndTwoWithoutFiles(@TempDir Path dir) {
        assertThat(run(dir.resolve("nothing.txt").toString())).isEqualTo(1);
        assertThat(run()).isEqualTo(2);
    }
}
