package kitei.cli;

import picocli.CommandLine.Command;

@Command(name = "kitei", mixinStandardHelpOptions = true, version = "kitei 0.1.0",
        description = "Decisions on the IIJ Authentication Outsource Service tariff (個別規程, text of 2019-12-01).",
        subcommands = {ServeCommand.class, ReplayCommand.class, kitei.check.CheckCommand.class, DiffCommand.class, FormatTablesCommand.class,
                UserCommand.class})
public final class KiteiCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
