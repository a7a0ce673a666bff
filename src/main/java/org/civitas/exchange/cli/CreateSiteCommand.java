package org.civitas.exchange.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.civitas.site.SiteKind;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Creates a site with all the channels of its blueprint, as the console's one-step form does. */
@Command(name = "create-site", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class)
final class CreateSiteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--name", required = true, paramLabel = "TEXT", descriptionKey = "create-site.name")
    String name;

    @Option(names = "--code", required = true, paramLabel = "DIGITS", descriptionKey = "create-site.code")
    String code;

    @Option(names = "--kind", required = true, paramLabel = "KIND", descriptionKey = "create-site.kind")
    SiteKind kind;

    @Option(names = "--parent", paramLabel = "CODE", descriptionKey = "create-site.parent")
    String parent;

    @Option(names = "--blueprint", required = true, paramLabel = "CODE", descriptionKey = "create-site.blueprint")
    String blueprint;

    @Option(names = "--domain", required = true, paramLabel = "HOST", descriptionKey = "create-site.domain")
    List<String> domains;

    @Option(names = "--organisation", required = true, paramLabel = "CODE", descriptionKey = "create-site.organisation")
    String organisation;

    @Option(names = "--theme", paramLabel = "NAME", descriptionKey = "create-site.theme")
    String theme;

    @Option(names = "--online", descriptionKey = "create-site.online")
    boolean online;

    @Mixin
    OperatorOptions options;

    private final Cli cli;

    CreateSiteCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        return new OperatorRun(cli).run(spec.name(), options, context -> {
            SiteOperations operations = context.getBean(SiteOperations.class);
            SiteView site = operations.createSite(name, code, kind, parent, blueprint, domains, organisation, theme);
            if (online) {
                site = operations.launch(site.siteCode());
            }
            return Outcome.note(cli.messages()
                    .text(
                            online ? "create-site.created.online" : "create-site.created",
                            site.name(),
                            site.siteCode(),
                            site.primaryDomain()));
        });
    }
}
