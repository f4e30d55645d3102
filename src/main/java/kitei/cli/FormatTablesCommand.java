package kitei.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import kitei.check.ScenarioBook;
import kitei.engine.RuleSources;
import kitei.workbook.SameContent;
import kitei.workbook.ScenarioFormat;
import kitei.workbook.TableFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "format-tables", mixinStandardHelpOptions = true,
        description = "Rewrite every workbook of decision-tables/ and scenarios/ of DIR so that it guards itself: machinery rows "
                + "locked and marked 'do not edit', data rows unlocked, drop-downs from the vocabulary, numbers stored as numbers, "
                + "wrapped labels with row heights, frozen panes; scenario books in the column layout. No value the rule engine "
                + "reads changes; running it twice changes nothing more. Then run check.")
final class FormatTablesCommand implements Callable<Integer> {

    @Parameters(index = "0", defaultValue = ".", description = "project directory holding decision-tables/ and scenarios/ (default: .)")
    Path directory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(directory.resolve(RuleSources.TABLES_DIR))) {
            throw new CommandLine.ParameterException(spec.commandLine(), directory.toAbsolutePath().normalize()
                    + " has no decision-tables/; give the project directory");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : workbooks(directory.resolve(RuleSources.TABLES_DIR))) {
            rewrite(file, TableFormat.format(directory.relativize(file).toString(), Files.readAllBytes(file)), out);
        }
        for (Path file : workbooks(directory.resolve(ScenarioBook.DIR))) {
            rewrite(file, ScenarioFormat.format(Files.readAllBytes(file)), out);
        }
        return 0;
    }

    private static void rewrite(Path file, byte[] formatted, PrintWriter out) throws IOException {
        boolean changed = !SameContent.of(Files.readAllBytes(file), formatted);
        if (changed) {
            Files.write(file, formatted);
        }
        out.println((changed ? "formatted " : "unchanged ") + file);
    }

    private static List<Path> workbooks(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xlsx") && !f.getFileName().toString().startsWith("~$")
                    && !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }
}
