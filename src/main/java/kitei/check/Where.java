package kitei.check;

/**
 * Where a problem is, in the terms of the one who edits the file: a workbook's sheet and cell
 * ({@code decision-tables/conflicts.xlsx!Conflicts!E15}), a DRL file and line ({@code rules/a6.drl:12}),
 * or the whole file.
 */
public record Where(String file, String sheet, String cell, int line) {

    public static Where file(String file) {
        return new Where(file, null, null, 0);
    }

    public static Where cell(String file, String sheet, String cell) {
        return new Where(file, sheet, cell, 0);
    }

    public static Where sheet(String file, String sheet) {
        return new Where(file, sheet, null, 0);
    }

    public static Where line(String file, int line) {
        return new Where(file, null, null, line);
    }

    @Override
    public String toString() {
        if (sheet != null) {
            return file + "!" + sheet + (cell == null ? "" : "!" + cell);
        }
        return line > 0 ? file + ":" + line : file;
    }
}
