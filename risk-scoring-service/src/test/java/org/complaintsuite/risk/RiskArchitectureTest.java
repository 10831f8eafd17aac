package org.complaintsuite.risk;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.complaintsuite.testsupport.architecture.SuiteArchitecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Risk scoring's boundaries (docs/architecture.md, "Boundaries and checks"), checked on its production classes. */
@AnalyzeClasses(packages = "org.complaintsuite.risk", importOptions = ImportOption.DoNotIncludeTests.class)
class RiskArchitectureTest {

    private static final String SERVICE = "risk";

    /** The scoring rules: escalation, proxy and sharing signals, the text's signals and fingerprints. */
    static final Set<String> RULE_CLASSES = Set.of("EscalationScorer", "ProxyScorer", "SharingRules",
            "NearDuplicates", "Bursts", "RingLinks", "LinkEvidence", "AgencyDemands", "TextAnalyzer", "SignalRule",
            "PropensityScorer", "SignalCaps", "Negation", "ReportedSpeech", "Intensity", "Emphasis", "ThreatAction", "AlreadyEscalated",
            "VulnerableInDistress", "Clauses", "KeywordMatcher", "TextFingerprint", "AgentWording",
            "MissingDisclosures");

    /** Controllers and listeners translate, rules are Spring-free, no other service, no cycle (SuiteArchitecture). */
    @ArchTest
    static final ArchRule keepsTheSuiteBoundaries = SuiteArchitecture.serviceBoundaries(SERVICE, RULE_CLASSES);

    /** Risk scoring reads and writes its database through JdbcClient only. */
    @ArchTest
    static final ArchRule dataIsAccessedThroughJdbcClientOnly = noClasses()
            .that().resideInAPackage("org.complaintsuite.risk..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(
                    "org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
            .orShould().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
            .orShould().dependOnClassesThat().areAssignableTo("javax.sql.DataSource")
            .orShould().dependOnClassesThat().areAssignableTo("java.sql.Connection")
            .because("one data-access style per service: risk scoring uses JdbcClient");

    @ArchTest
    static void everyNamedRuleClassExists(JavaClasses classes) {
        SuiteArchitecture.assertRuleClassesExist(classes, RULE_CLASSES);
    }
}
