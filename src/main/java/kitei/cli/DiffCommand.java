package kitei.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import kitei.release.diff.ReleaseDiff;
import kitei.release.diff.ReleaseFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show what changed between two project directories (rules/, decision-tables/, scenarios/) in the "
                + "analyst's terms: cells with old and new values, changed rule lines, parameters and scenarios by name. "
                + "Exits 0 when nothing differs, 1 when something does, 2 on bad arguments.")
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD_DIR", description = "the older project directory")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW_DIR", description = "the newer project directory")
    Path after;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (Path dir : new Path[] {before, after}) {
            if (!Files.isDirectory(dir)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "not a directory: " + dir);
            }
        }
        ReleaseDiff diff = ReleaseDiff.between(ReleaseFiles.read(before), ReleaseFiles.read(after));
        PrintWriter out = spec.commandLine().getOut();
        out.print(diff.render());
        out.flush();
        return diff.hasDifferences() ? 1 : 0;
    }
}
