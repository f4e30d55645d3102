package kitei.workbench.tariff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of each clause: its article, paragraph or item of the Japanese text, and its English reading
 * from the clause map, both packed under {@code tariff/} (see SOURCE.md there). The Japanese text is
 * extracted from a PDF, its lines wrapped anywhere, so it is cut by its headings (第 N 条（…）, 附則,
 * 別紙 N) in their order, and inside an article by paragraph numbers and item numbers that must come in
 * sequence (a wrapped line that starts with a number is not taken for a paragraph). An id whose paragraph
 * or item cannot be found shows its whole article ({@link Text#whole}).
 */
public final class ClauseTexts {

    static final String JAPANESE = "tariff/iij-auth-outsource-2019-12-01.ja.txt";
    static final String ENGLISH = "tariff/ARTICLES.md";

    /** The words of one clause; {@code whole} when the Japanese is the whole article rather than the clause alone. */
    public record Text(String japanese, boolean whole, String english) {
    }

    private static final Pattern ARTICLE = Pattern.compile("^第\\s*(\\d+)\\s*条（[^）]*）$");
    private static final Pattern APPENDIX = Pattern.compile("^別紙\\s*(\\d+)\\b.*");
    private static final Pattern ID = Pattern.compile("^(A|App)(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?$");
    private static final Pattern BULLET = Pattern.compile("^- `([A-Za-z0-9.]+)`\\s*(.*)$");
    /** A clause the map starts inside another's bullet, after a full stop: "... services. `A14.2` IIJ may ...". */
    private static final Pattern INLINE = Pattern.compile("(?<=\\.)\\s+`((?:A|App)\\d+(?:\\.\\d+)*|SP)`\\s+");

    private static final ClauseTexts PACKED = new ClauseTexts(read(JAPANESE), read(ENGLISH));

    /** Sections by id ("A5", "SP", "App1"), each a list of its non-empty lines, trimmed, heading first. */
    private final Map<String, List<String>> sections;
    private final Map<String, String> english;

    ClauseTexts(String japanese, String clauseMap) {
        this.sections = sections(japanese);
        this.english = english(clauseMap);
    }

    public static ClauseTexts packed() {
        return PACKED;
    }

    public Text of(String clauseId) {
        return new Text(japanese(clauseId).orElse(null), !exact(clauseId), englishOf(clauseId));
    }

    private boolean exact(String clauseId) {
        return clauseId.equals("SP") || part(clauseId).isPresent() || isWholeSection(clauseId);
    }

    private boolean isWholeSection(String clauseId) {
        Matcher id = ID.matcher(clauseId);
        return id.matches() && id.group(3) == null && sections.containsKey(id.group(1) + id.group(2));
    }

    private Optional<String> japanese(String clauseId) {
        if (clauseId.equals("SP")) {
            return Optional.ofNullable(sections.get("SP")).map(ClauseTexts::join);
        }
        Matcher id = ID.matcher(clauseId);
        if (!id.matches()) {
            return Optional.empty();
        }
        List<String> section = sections.get(id.group(1) + id.group(2));
        if (section == null) {
            return Optional.empty();
        }
        return part(clauseId).or(() -> Optional.of(join(section)));
    }

    /** The paragraph (and item) the id names, if the text marks it. */
    private Optional<String> part(String clauseId) {
        Matcher id = ID.matcher(clauseId);
        if (!id.matches() || id.group(3) == null) {
            return Optional.empty();
        }
        List<String> section = sections.get(id.group(1) + id.group(2));
        if (section == null) {
            return Optional.empty();
        }
        // An article's first paragraph is unnumbered; an appendix numbers its sections from 1, after a heading.
        boolean appendix = id.group(1).equals("App");
        List<List<String>> paragraphs = numbered(section.subList(1, section.size()), "", "\\s+\\S.*", appendix ? 1 : 2);
        if (appendix) {
            paragraphs.remove(0);
        }
        int paragraph = Integer.parseInt(id.group(3));
        if (paragraph > paragraphs.size()) {
            return Optional.empty();
        }
        List<String> lines = paragraphs.get(paragraph - 1);
        if (id.group(4) == null) {
            return Optional.of(join(lines));
        }
        List<List<String>> items = numbered(lines, "\\(", "\\)\\s*\\S.*", 1);
        int item = Integer.parseInt(id.group(4));
        return item < items.size() ? Optional.of(join(items.get(item))) : Optional.empty();
    }

    /**
     * The lines cut where a line starts with the next number in sequence, from {@code first}: the part
     * before the first number is element 0 when numbering starts at 2 (an article's unnumbered first
     * paragraph), and the lead-in before item (1) when it starts at 1.
     */
    private static List<List<String>> numbered(List<String> lines, String before, String after, int first) {
        List<List<String>> parts = new ArrayList<>();
        parts.add(new ArrayList<>());
        int next = first;
        for (String line : lines) {
            if (line.matches("^" + before + next + after)) {
                parts.add(new ArrayList<>());
                next++;
            }
            parts.get(parts.size() - 1).add(line);
        }
        return parts;
    }

    private static String join(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            boolean starts = line.matches("^(第\\s*\\d+\\s*条（[^）]*）|\\d+\\s+\\S.*|\\(\\d+\\).*|附則|別紙.*)$");
            if (!text.isEmpty()) {
                text.append(starts ? "\n" : "");
            }
            text.append(line);
        }
        return text.toString();
    }

    private static Map<String, List<String>> sections(String text) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        int nextArticle = 1;
        int nextAppendix = 1;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher article = ARTICLE.matcher(line);
            Matcher appendix = APPENDIX.matcher(line);
            if (article.matches() && Integer.parseInt(article.group(1)) == nextArticle) {
                current = open(sections, "A" + nextArticle++);
            } else if (line.equals("附則") && !sections.containsKey("SP")) {
                current = open(sections, "SP");
            } else if (appendix.matches() && Integer.parseInt(appendix.group(1)) == nextAppendix) {
                current = open(sections, "App" + nextAppendix++);
            }
            if (current != null) {
                current.add(line);
            }
        }
        return sections;
    }

    private static List<String> open(Map<String, List<String>> sections, String id) {
        List<String> lines = new ArrayList<>();
        sections.put(id, lines);
        return lines;
    }

    /** Each bullet of the clause map that starts with a clause id, with its indented continuation lines. */
    private static Map<String, String> english(String clauseMap) {
        Map<String, String> english = new LinkedHashMap<>();
        String id = null;
        StringBuilder text = new StringBuilder();
        for (String line : clauseMap.split("\\R")) {
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches() || line.isBlank() || line.startsWith("#") || line.startsWith("- ")) {
                put(english, id, text);
                id = bullet.matches() ? bullet.group(1) : null;
                text.setLength(0);
                if (id != null) {
                    text.append(bullet.group(2));
                }
            } else if (id != null) {
                text.append(' ').append(line.strip());
            }
        }
        put(english, id, text);
        return english;
    }

    private static void put(Map<String, String> english, String id, CharSequence bullet) {
        if (id == null) {
            return;
        }
        Matcher inline = INLINE.matcher(bullet);
        int start = 0;
        while (inline.find()) {
            english.put(id, plain(bullet.subSequence(start, inline.start()).toString()));
            id = inline.group(1);
            start = inline.end();
        }
        english.put(id, plain(bullet.subSequence(start, bullet.length()).toString()));
    }

    /** The clause's own bullet, or its paragraph's when the map reads the paragraph as one (A5.6 for A5.6.2). */
    private String englishOf(String clauseId) {
        for (String id = clauseId; ; id = id.substring(0, id.lastIndexOf('.'))) {
            String found = english.get(id);
            if (found != null || id.indexOf('.') < 0) {
                return found;
            }
        }
    }

    private static String plain(String markdown) {
        return markdown.replace("**", "").replace("`", "").strip();
    }

    private static String read(String resource) {
        try (InputStream in = ClauseTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
