package org.complaintsuite.intake;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.complaintsuite.testsupport.architecture.SuiteArchitecture;

/** Intake's boundaries (docs/architecture.md, "Boundaries and checks"), checked on its production classes. */
@AnalyzeClasses(packages = "org.complaintsuite.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class IntakeArchitectureTest {

    private static final String SERVICE = "intake";

    /** The normalization rules: what a complaint becomes, its id, personal data, business type, conversation. */
    static final Set<String> RULE_CLASSES = Set.of("ComplaintAssembler", "ComplaintIds", "PersonalData",
            "BusinessTypes", "Conversations", "BeijingTime");

    /** Controllers and listeners translate, rules are Spring-free, no other service, no cycle (SuiteArchitecture). */
    @ArchTest
    static final ArchRule keepsTheSuiteBoundaries = SuiteArchitecture.serviceBoundaries(SERVICE, RULE_CLASSES);

    @ArchTest
    static void everyNamedRuleClassExists(JavaClasses classes) {
        SuiteArchitecture.assertRuleClassesExist(classes, RULE_CLASSES);
    }
}
