package kitei.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.tariff.Codes;

/** The codes the OpenAPI description lets an answer carry are the code catalogue's, kind by kind, in its order. */
class OpenApiCodesTest {

    @ParameterizedTest
    @EnumSource(Codes.Kind.class)
    void theDescribedCodesOfEachKindAreTheCatalogues(Codes.Kind kind) {
        JsonNode described = OpenApiDescription.served().at("/components/schemas/" + kind.schema() + "/properties/code/enum");
        List<String> codes = new ArrayList<>();
        described.forEach(code -> codes.add(code.asText()));
        assertEquals(Codes.of(kind).stream().map(Codes.Code::code).toList(), codes, kind.schema() + ".code in openapi.yaml");
    }
}
