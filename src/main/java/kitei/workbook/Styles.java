package kitei.workbook;

import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One cell style per {@link Role}, found among the workbook's styles when an earlier run made it, so
 * that formatting again adds no style.
 */
final class Styles {

    private final XSSFWorkbook book;
    private final Map<Role, XSSFCellStyle> byRole = new EnumMap<>(Role.class);

    Styles(XSSFWorkbook book) {
        this.book = book;
    }

    XSSFCellStyle of(Role role) {
        return byRole.computeIfAbsent(role, this::findOrCreate);
    }

    private XSSFCellStyle findOrCreate(Role role) {
        XSSFFont font = font(role);
        for (int i = 0; i < book.getNumCellStyles(); i++) {
            XSSFCellStyle style = book.getCellStyleAt(i);
            if (matches(style, role, font)) {
                return style;
            }
        }
        XSSFCellStyle style = book.createCellStyle();
        style.setFont(font);
        style.setLocked(role.locked);
        style.setWrapText(role.wrap);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (role.fill != null) {
            style.setFillForegroundColor(colour(role.fill));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (bordered(role)) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }

    private boolean matches(XSSFCellStyle style, Role role, XSSFFont font) {
        XSSFColor fill = style.getFillForegroundXSSFColor();
        String fillRgb = fill == null || fill.getRGB() == null ? null : HexFormat.of().withUpperCase().formatHex(fill.getRGB());
        boolean filled = style.getFillPattern() == FillPatternType.SOLID_FOREGROUND;
        return style.getFontIndex() == font.getIndex()
                && style.getLocked() == role.locked
                && style.getWrapText() == role.wrap
                && style.getVerticalAlignment() == VerticalAlignment.TOP
                && style.getDataFormat() == 0
                && (role.fill == null ? !filled : filled && role.fill.equals(fillRgb))
                && (style.getBorderBottom() == BorderStyle.THIN) == bordered(role)
                && (style.getBorderTop() == BorderStyle.THIN) == bordered(role);
    }

    private static boolean bordered(Role role) {
        return role == Role.LABEL || role == Role.DATA || role == Role.MACHINERY || role == Role.SETTING;
    }

    private XSSFFont font(Role role) {
        String name = book.getFontAt(0).getFontName();
        for (int i = 0; i < book.getNumberOfFonts(); i++) {
            XSSFFont font = book.getFontAt(i);
            if (font.getFontName().equals(name) && font.getBold() == role.bold && font.getFontHeightInPoints() == role.points
                    && !font.getItalic() && font.getUnderline() == 0 && sameColour(font, role.fontColour)) {
                return font;
            }
        }
        XSSFFont font = book.createFont();
        font.setFontName(name);
        font.setBold(role.bold);
        font.setFontHeightInPoints(role.points);
        if (role.fontColour != null) {
            font.setColor(colour(role.fontColour));
        }
        return font;
    }

    private static boolean sameColour(XSSFFont font, String rgb) {
        XSSFColor colour = font.getXSSFColor();
        if (rgb == null) {
            return colour == null || colour.isAuto() || colour.isThemed();
        }
        return colour != null && colour.getRGB() != null && rgb.equals(HexFormat.of().withUpperCase().formatHex(colour.getRGB()));
    }

    private XSSFColor colour(String rgb) {
        return new XSSFColor(HexFormat.of().parseHex(rgb), book.getStylesSource().getIndexedColors());
    }
}
