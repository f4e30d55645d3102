package kitei.workbench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * HTML written as Java text blocks: every value that is not markup goes through {@link #e}, which
 * escapes it for text and for quoted attribute values alike; {@link #url} encodes a path or query part.
 */
public final class Html {

    private Html() {
    }

    /** The text escaped for an element's content or a quoted attribute value. */
    public static String e(Object value) {
        String text = value == null ? "" : value.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** One path segment or query value, percent-encoded (and so also safe inside an attribute). */
    public static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A name usable as an element id and URL fragment: letters and digits kept, the rest a '-'. */
    public static String id(String value) {
        return value.replaceAll("[^A-Za-z0-9]+", "-");
    }
}
