package kitei.workbook;

/**
 * What a cell is to its editors, and so how it looks and whether the sheet's protection lets it be
 * typed over: machinery (read by the rule engine) is locked, data is not.
 */
enum Role {
    TITLE(true, null, true, (short) 12, null, true),
    NOTE(true, null, false, (short) 10, null, true),
    MARKER(true, "FFF2CC", true, (short) 10, "9C0006", true),
    /** RuleSet and Import: one line each, running over the empty cells to their right. */
    SETTING(true, "D9D9D9", false, (short) 9, "404040", false),
    MACHINERY(true, "D9D9D9", false, (short) 9, "404040", true),
    LABEL(true, "DDEBF7", true, (short) 10, null, true),
    DATA(false, null, false, (short) 10, null, true);

    final boolean locked;
    /** Fill colour as RGB hex; null for none. */
    final String fill;
    final boolean bold;
    final short points;
    /** Font colour as RGB hex; null for automatic. */
    final String fontColour;
    final boolean wrap;

    Role(boolean locked, String fill, boolean bold, short points, String fontColour, boolean wrap) {
        this.locked = locked;
        this.fill = fill;
        this.bold = bold;
        this.points = points;
        this.fontColour = fontColour;
        this.wrap = wrap;
    }
}
