package kitei;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import kitei.engine.RuleBase;
import kitei.engine.RuleBaseBuilder;
import kitei.engine.RuleSources;
import kitei.engine.TableVersions;

/**
 * The repo's rules and tables with one revision staged as an analyst would: NOTICE_DAYS 30 → 60 from
 * 2027-04-01, a copy of parameters.xlsx in {@code decision-tables/from-2027-04-01/}. Built once per test JVM.
 */
public final class StagedRevision {

    public static final LocalDate DAY = LocalDate.of(2027, 4, 1);
    public static final String PARAMETERS = "decision-tables/parameters.xlsx";
    public static final String REVISED = TableVersions.folderOf(DAY) + "/parameters.xlsx";

    private static RuleBase ruleBase;

    private StagedRevision() {
    }

    public static RuleSources sources() {
        RuleSources shipped = RuleSources.fromDirectory(Path.of("."));
        return shipped.with(REVISED, withParameter(shipped.files().get(PARAMETERS), "NOTICE_DAYS", 60));
    }

    public static synchronized RuleBase get() {
        if (ruleBase == null) {
            ruleBase = new RuleBaseBuilder().build(sources());
        }
        return ruleBase;
    }

    /** For bench/run: {@code java -cp "$CP" kitei.StagedRevision DIR}, run in the repo, writes the copy with the revision staged. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: kitei.StagedRevision DIR (a folder that does not exist yet), run in the repo");
            System.exit(2);
        }
        System.out.println(project(Path.of(args[0])).resolve(REVISED));
    }

    /** A copy of the repo's rules, tables and scenarios under {@code root}, with the revision staged. */
    public static Path project(Path root) throws IOException {
        for (String dir : new String[] {"rules", "decision-tables", "scenarios"}) {
            copyTree(Path.of(dir), root.resolve(dir));
        }
        Path revised = root.resolve(REVISED);
        Files.createDirectories(revised.getParent());
        Files.write(revised, sources().files().get(REVISED));
        return root;
    }

    /** The workbook with the value of one parameter row changed, typed as a number as Excel stores it. */
    public static byte[] withParameter(byte[] workbook, String name, double value) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            for (Row row : book.getSheet("Parameters")) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(name)) {
                        Cell valueCell = row.getCell(cell.getColumnIndex() + 1);
                        valueCell.setBlank();
                        valueCell.setCellValue(value);
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        book.write(out);
                        return out.toByteArray();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no parameter row " + name);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
