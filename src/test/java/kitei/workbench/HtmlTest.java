package kitei.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupForTextAndQuotedAttributes() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;", Html.e("<script>alert('x')</script> & \"q\""));
    }

    @Test
    void writesNothingForNull() {
        assertEquals("", Html.e(null));
    }

    @Test
    void encodesAPathSegment() {
        assertEquals("a%20b%2F%3F%23", Html.url("a b/?#"));
    }

    @Test
    void makesAnIdOfAnySheetName() {
        assertEquals("Price-list-2026", Html.id("Price list (2026)").replaceAll("-$", ""));
    }

    @Test
    void signInReturnsOnlyToAPathOfThisSite() {
        assertEquals("/workbench/tables", SignIn.safeNext("/workbench/tables"));
        assertEquals("/", SignIn.safeNext("//evil.example/"));
        assertEquals("/", SignIn.safeNext("https://evil.example/"));
        assertEquals("/", SignIn.safeNext("/\\evil.example"));
        assertEquals("/", SignIn.safeNext(null));
    }
}
