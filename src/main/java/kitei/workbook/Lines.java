package kitei.workbook;

/**
 * How many lines a wrapped cell takes, estimated from its text and its width: a wide (CJK) character
 * counts two. LibreOffice does not grow a row to fit a wrapped or merged cell written by another
 * program, so the formatter sets each row's height from this.
 */
final class Lines {

    /** Points per line of a font of the given size, with LibreOffice's leading. */
    static float height(int lines, short fontPoints) {
        return lines * fontPoints * 1.5f + 4;
    }

    private Lines() {
    }

    /** Lines of {@code text} in a cell {@code widthChars} characters wide (of the default 11-point font). */
    static int of(String text, double widthChars, short fontPoints) {
        double perLine = Math.max(1, widthChars * 11.0 / fontPoints * 0.9);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(width(line) / perLine));
        }
        return lines;
    }

    /** The width of a line in characters of the default font: 2 for a wide character. */
    static int width(String line) {
        int width = 0;
        for (int i = 0; i < line.length(); i = line.offsetByCodePoints(i, 1)) {
            width += line.codePointAt(i) >= 0x1100 ? 2 : 1;
        }
        return width;
    }
}
