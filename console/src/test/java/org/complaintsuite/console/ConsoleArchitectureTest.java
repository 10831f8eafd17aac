package org.complaintsuite.console;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's boundaries (docs/architecture.md, "Boundaries and checks"), checked on its production classes. The
 * console keeps no data of its own: its one gateway is {@code console.workflow}, and the suite-wide rules of
 * test-support's {@code SuiteArchitecture} are written out here because the console does not use test-support.
 */
@AnalyzeClasses(packages = "org.complaintsuite.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ConsoleArchitectureTest {

    /** What a page shows: evidence highlighting, the case page's view model, the dashboard's and prevention figures. */
    static final Set<String> VIEW_RULE_CLASSES = Set.of("EvidenceHighlighter", "CasePageAssembler",
            "DashboardFigures", "PreventionFigures");

    @ArchTest
    static final ArchRule controllersOnlyTranslate = noClasses()
            .that().areMetaAnnotatedWith("org.springframework.stereotype.Controller")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web.client..", "java.net.http..")
            .because("controllers prepare view models from the workflow gateway's answers; only the gateway speaks "
                    + "HTTP to workflow");

    @ArchTest
    static final ArchRule onlyTheWorkflowGatewayCallsWorkflow = noClasses()
            .that().resideOutsideOfPackage("org.complaintsuite.console.workflow..")
            .and().doNotHaveSimpleName("InboxRelay")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web.client..", "java.net.http..")
            .because("calls to workflow go through console.workflow (and the inbox's live relay)");

    @ArchTest
    static final ArchRule viewRulesAreSpringFree = noClasses()
            .that(simpleNameIn(VIEW_RULE_CLASSES))
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("what a page shows is decided in plain classes, unit-tested without Spring");

    @ArchTest
    static final ArchRule consoleDependsOnNoOtherService = noClasses()
            .that().resideInAPackage("org.complaintsuite.console..")
            .should().dependOnClassesThat().resideInAnyPackage("org.complaintsuite.intake..",
                    "org.complaintsuite.risk..", "org.complaintsuite.workflow..", "org.complaintsuite.benchmark..")
            .because("the console knows workflow through its REST API only");

    @ArchTest
    static final ArchRule featurePackagesFormNoCycle = slices().matching("org.complaintsuite.console.(*)..")
            .namingSlices("console.$1").should().beFreeOfCycles();

    @ArchTest
    static void everyNamedViewRuleClassExists(JavaClasses classes) {
        Set<String> missing = new TreeSet<>(VIEW_RULE_CLASSES);
        classes.forEach(javaClass -> missing.remove(javaClass.getSimpleName()));
        assertThat(missing).as("view rule classes named here but not found").isEmpty();
    }

    private static DescribedPredicate<JavaClass> simpleNameIn(Set<String> names) {
        return DescribedPredicate.describe("named one of " + new TreeSet<>(names),
                javaClass -> names.contains(javaClass.getSimpleName()));
    }
}
