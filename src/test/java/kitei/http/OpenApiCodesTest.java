package kitei.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.tariff.Codes;

/**
 * The codes the OpenAPI description lets an answer carry are the code catalogue's, kind by kind, in its
 * order. Pending actions are the one open list (A5.6.7 lets IIJ designate more, by table rows): their
 * catalogue codes are the described examples, and any code the gate lets a row give fits the pattern.
 */
class OpenApiCodesTest {

    @ParameterizedTest
    @EnumSource(Codes.Kind.class)
    void theDescribedCodesOfEachKindAreTheCatalogues(Codes.Kind kind) {
        JsonNode schema = OpenApiDescription.served().at("/components/schemas/" + kind.schema() + "/properties/code");
        JsonNode described = kind == Codes.Kind.PENDING_ACTION ? schema.get("examples") : schema.get("enum");
        List<String> codes = new ArrayList<>();
        described.forEach(code -> codes.add(code.asText()));
        assertEquals(Codes.of(kind).stream().map(Codes.Code::code).toList(), codes, kind.schema() + ".code in openapi.yaml");
    }

    @org.junit.jupiter.api.Test
    void aPendingActionCodeTheGateAcceptsFitsTheDescribedPattern() {
        JsonNode code = OpenApiDescription.served().at("/components/schemas/PendingAction/properties/code");
        assertEquals(false, code.has("enum"), "an open list has no enum");
        assertEquals("^" + Codes.DESIGNATED_CODE.pattern() + "$", code.get("pattern").asText());
    }
}
