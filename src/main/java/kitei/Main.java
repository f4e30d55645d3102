package kitei;

import kitei.cli.KiteiCommand;
import picocli.CommandLine;

/** {@code java -jar target/kitei.jar serve|check|...}: see {@link KiteiCommand}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exit = new CommandLine(new KiteiCommand()).execute(args);
        if (exit != 0 || args.length == 0 || !"serve".equals(args[0])) {
            System.exit(exit);
        }
    }
}
