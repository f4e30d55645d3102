package kitei.engine;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;

/** Builds a {@link RuleBase} from rule sources with the executable model, or refuses it with located problems. */
public final class RuleBaseBuilder {

    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();

    public RuleBase build(RuleSources sources) {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("kitei", "rulebase-" + sources.contentHash(), "1." + BUILDS.incrementAndGet());
        KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(releaseId);
        sources.files().forEach((path, bytes) -> files.write(services.getResources()
                .newByteArrayResource(bytes)
                .setSourcePath(RESOURCES + path)
                .setResourceType(RuleSources.isWorkbook(path) ? ResourceType.DTABLE : ResourceType.DRL)));

        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<BuildProblem> problems = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(RuleBaseBuilder::problemOf)
                .toList();
        if (!problems.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            throw new RuleBaseException(problems);
        }
        try {
            KieContainer container = services.newKieContainer(releaseId);
            var kieBase = container.getKieBase();
            return new RuleBase(kieBase, new RuleIndex(kieBase, new SourceLocator(sources)), sources);
        } finally {
            // Each build would otherwise stay in the repository for the life of the JVM.
            services.getRepository().removeKieModule(releaseId);
        }
    }

    private static BuildProblem problemOf(Message message) {
        String path = message.getPath() == null ? "" : message.getPath().replaceFirst("^" + RESOURCES, "");
        String line = message.getLine() > 0 ? String.valueOf(message.getLine()) : "";
        return new BuildProblem(path, line, message.getText());
    }
}
