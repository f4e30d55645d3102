package kitei.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;

/**
 * Builds a {@link RuleBase} from rule sources with the executable model, or refuses it with located
 * problems. A set of sources compiled before (same content hash) is loaded from its kjar instead.
 */
public final class RuleBaseBuilder {

    private static final String RESOURCES = "src/main/resources/";
    private static final String KMODULE = "<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\"/>";
    private static final AtomicLong BUILDS = new AtomicLong();
    /** The KIE repository is shared by the JVM: one build or load at a time adds, uses and removes its module. */
    private static final Object REPOSITORY = new Object();

    private final CompiledRuleBases compiled;

    public RuleBaseBuilder() {
        this(CompiledRuleBases.standard());
    }

    public RuleBaseBuilder(CompiledRuleBases compiled) {
        this.compiled = compiled;
    }

    /** Builds every version of the tables ({@link TableVersions}): the base and one rule base per revision. */
    public RuleBase build(RuleSources sources) {
        TableVersions versions = TableVersions.of(sources);
        Map<LocalDate, RuleBase> revisions = new TreeMap<>();
        versions.revisions().forEach((day, revision) -> revisions.put(day, buildVersion(revision)));
        return buildVersion(versions.base()).withRevisions(sources, revisions);
    }

    private RuleBase buildVersion(RuleSources sources) {
        String hash = sources.contentHash();
        KieServices services = KieServices.Factory.get();
        synchronized (REPOSITORY) {
            Optional<byte[]> found = compiled.find(hash);
            KieModule module = found.map(kjar -> add(services, kjar)).orElseGet(() -> compile(services, sources, hash));
            return open(services, module, found.orElseGet(() -> ((InternalKieModule) module).getBytes()), sources);
        }
    }

    /**
     * The rule base compiled elsewhere (by the gate's own process) from exactly these sources. The
     * kjar's classes are loaded as they are: whoever hands them over vouches that they were built from
     * {@code sources}.
     */
    public RuleBase load(RuleSources sources, byte[] kjars) {
        TableVersions versions = TableVersions.of(sources);
        Map<String, byte[]> compiled = Kjars.unpack(kjars);
        Map<LocalDate, RuleBase> revisions = new TreeMap<>();
        versions.revisions().forEach((day, revision) -> revisions.put(day, loadVersion(revision, compiledVersion(compiled, day.toString()))));
        return loadVersion(versions.base(), compiled.get(Kjars.BASE)).withRevisions(sources, revisions);
    }

    private static byte[] compiledVersion(Map<String, byte[]> compiled, String version) {
        byte[] kjar = compiled.get(version);
        if (kjar == null) {
            throw new IllegalArgumentException("the compiled versions hold none in force from " + version);
        }
        return kjar;
    }

    private static RuleBase loadVersion(RuleSources sources, byte[] kjar) {
        KieServices services = KieServices.Factory.get();
        synchronized (REPOSITORY) {
            return open(services, add(services, kjar), kjar, sources);
        }
    }

    private static KieModule add(KieServices services, byte[] kjar) {
        return services.getRepository().addKieModule(services.getResources().newByteArrayResource(kjar));
    }

    private static RuleBase open(KieServices services, KieModule module, byte[] kjar, RuleSources sources) {
        try {
            KieContainer container = services.newKieContainer(module.getReleaseId());
            KieBase kieBase = container.getKieBase();
            return new RuleBase(container, kieBase, new RuleIndex(kieBase, new SourceLocator(sources)), sources, kjar);
        } finally {
            // Each build would otherwise stay in the repository for the life of the JVM.
            services.getRepository().removeKieModule(module.getReleaseId());
        }
    }

    private KieModule compile(KieServices services, RuleSources sources, String hash) {
        ReleaseId releaseId = services.newReleaseId("kitei", "rulebase-" + hash, "1." + BUILDS.incrementAndGet());
        KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(releaseId).writeKModuleXML(KMODULE);
        sources.files().entrySet().stream()
                .filter(file -> !file.getKey().equals(RuleSources.MACHINERY)) // read by the gate, not by the engine
                .forEach(file -> files.write(services.getResources()
                .newByteArrayResource(file.getValue())
                .setSourcePath(RESOURCES + file.getKey())
                .setResourceType(RuleSources.isWorkbook(file.getKey()) ? ResourceType.DTABLE : ResourceType.DRL)));

        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<BuildProblem> problems = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(RuleBaseBuilder::problemOf)
                .toList();
        if (!problems.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            throw new RuleBaseException(problems);
        }
        KieModule module = builder.getKieModule();
        compiled.store(hash, ((InternalKieModule) module).getBytes());
        return module;
    }

    private static BuildProblem problemOf(Message message) {
        String path = message.getPath() == null ? "" : message.getPath().replaceFirst("^" + RESOURCES, "");
        String line = message.getLine() > 0 ? String.valueOf(message.getLine()) : "";
        return new BuildProblem(path, line, message.getText());
    }
}
