package kitei.input;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * What is wrong with a body that is no JSON, in words a client can act on, with the line and column
 * where the parser stopped. The parser's own messages name its classes and settings
 * ({@code StreamReadConstraints}, {@code FAIL_ON_TRAILING_TOKENS}); they are never shown.
 */
public final class MalformedJson {

    private static final Pattern DEPTH = Pattern.compile("maximum allowed \\((\\d+)");
    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\(('.{1,2}')");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '([^']{0,40})");

    private MalformedJson() {
    }

    /**
     * The problem with a body that could not be read as JSON. Read from bytes in memory, the only
     * failures other than malformed JSON are of the encoding (a body that looks like UTF-32 and is not).
     */
    public static FieldProblem of(IOException unreadable) {
        if (unreadable instanceof JsonProcessingException malformed) {
            return new FieldProblem("", "malformed JSON" + where(malformed.getLocation()) + ": " + explain(malformed));
        }
        return new FieldProblem("", "the body is not valid UTF-8 text; send JSON in UTF-8");
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    static String explain(JsonProcessingException malformed) {
        String message = String.valueOf(malformed.getOriginalMessage());
        if (malformed instanceof StreamConstraintsException) {
            Matcher depth = DEPTH.matcher(message);
            if (message.contains("nesting depth") && depth.find()) {
                return "the JSON nesting is deeper than " + depth.group(1) + " levels";
            }
            return message.contains("Number") ? "a number is longer than the service accepts"
                    : message.contains("String") ? "a string is longer than the service accepts"
                    : "the JSON is larger than the service accepts";
        }
        if (message.startsWith("Trailing token")) {
            return "more follows the request's JSON value; send exactly one JSON value";
        }
        if (message.startsWith("No content to map")) {
            return "the body is empty; expected a JSON object";
        }
        if (malformed instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return "the JSON ends before its value is complete";
        }
        if (message.startsWith("Invalid UTF-8")) {
            return "the body is not valid UTF-8";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "a control character inside a string must be escaped";
        }
        Matcher character = CHARACTER.matcher(message);
        if (character.find()) {
            return "unexpected character " + character.group(1);
        }
        Matcher token = TOKEN.matcher(message);
        if (token.find()) {
            return "unexpected word '" + token.group(1) + "'; strings are written in double quotes";
        }
        return "the body is not well-formed JSON";
    }
}
