package org.complaintsuite.workflow;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.complaintsuite.testsupport.architecture.SuiteArchitecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Workflow's boundaries (docs/architecture.md, "Boundaries and checks"), checked on its production classes. */
@AnalyzeClasses(packages = "org.complaintsuite.workflow", importOptions = ImportOption.DoNotIncludeTests.class)
class WorkflowArchitectureTest {

    private static final String SERVICE = "workflow";

    /** The case rules: clocks, policies, calendar, routing, regulator extensions, alert thresholds, addressing, the 溯源 figures. */
    static final Set<String> RULE_CLASSES = Set.of("PausableClock", "OnTimeRule", "SlaPolicy", "SlaPolicies",
            "WorkingCalendar", "YearSchedule", "Router", "AssignmentRule", "Urgency", "RegulatorExtensionRule",
            "SlaAlerts", "AlertChecks", "Addressing", "WebhookBackoff", "VoiceFigures");

    /**
     * Where workflow may use something other than Spring Data JPA (the case aggregate) or JdbcClient (the rest):
     * a dedicated raw connection for PostgreSQL's LISTEN, which a pooled, transaction-bound connection cannot keep.
     */
    static final Set<String> RAW_CONNECTION_FOR_LISTEN = Set.of("InboxNotificationListener", "PgNotifications");

    /** Controllers and listeners translate, rules are Spring-free, no other service, no cycle (SuiteArchitecture). */
    @ArchTest
    static final ArchRule keepsTheSuiteBoundaries = SuiteArchitecture.serviceBoundaries(SERVICE, RULE_CLASSES);

    /** Spring Data JPA for the case aggregate, JdbcClient for everything else. */
    @ArchTest
    static final ArchRule dataIsAccessedThroughSpringDataOrJdbcClientOnly = noClasses()
            .that().resideInAPackage("org.complaintsuite.workflow..")
            .and(DescribedPredicate.not(SuiteArchitecture.simpleNameIn(RAW_CONNECTION_FOR_LISTEN)))
            .should().dependOnClassesThat(otherDataAccess())
            .because("one data-access style per service: workflow uses Spring Data JPA for the case aggregate and "
                    + "JdbcClient for the rest");

    @ArchTest
    static void everyNamedRuleClassExists(JavaClasses classes) {
        SuiteArchitecture.assertRuleClassesExist(classes, RULE_CLASSES);
        SuiteArchitecture.assertRuleClassesExist(classes, RAW_CONNECTION_FOR_LISTEN);
    }

    private static DescribedPredicate<JavaClass> otherDataAccess() {
        return assignableTo("org.springframework.jdbc.core.JdbcOperations")
                .or(assignableTo("org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations"))
                .or(assignableTo("jakarta.persistence.EntityManager"))
                .or(assignableTo("javax.sql.DataSource"))
                .or(assignableTo("java.sql.Connection"))
                .as("JdbcTemplate, NamedParameterJdbcTemplate, EntityManager, DataSource or a raw Connection");
    }
}
