package org.complaintsuite.model;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The contracts between the services are plain Java (docs/architecture.md, "Boundaries and checks"): every service
 * reads them with its own Jackson setup, and none of them brings Spring, JPA or Jackson into another.
 */
@AnalyzeClasses(packages = "org.complaintsuite.model", importOptions = ImportOption.DoNotIncludeTests.class)
class CommonModelArchitectureTest {

    @ArchTest
    static final ArchRule contractsDependOnTheJdkAndNullnessAnnotationsOnly = classes()
            .that().resideInAPackage("org.complaintsuite.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jspecify..",
                    "org.complaintsuite.model..")
            .because("common-model is a plain jar: no Spring, no Jackson, no JPA");
}
