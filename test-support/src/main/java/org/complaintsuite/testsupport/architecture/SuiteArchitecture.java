package org.complaintsuite.testsupport.architecture;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.dependencies.SliceRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries every service of the suite keeps, as ArchUnit rules that each service's architecture test applies to
 * its own classes (docs/architecture.md, "Boundaries and checks"). Types are named as strings so that this module
 * needs none of the libraries they come from.
 */
public final class SuiteArchitecture {

    /** The suite's root package; each service lives in {@code org.complaintsuite.<service>}. */
    public static final String ROOT = "org.complaintsuite";

    /** The service modules' packages under {@link #ROOT}, and those of the modules that run them. */
    private static final List<String> SERVICES = List.of("intake", "risk", "workflow", "console", "benchmark", "e2e");

    private static final String CONTROLLER = "org.springframework.stereotype.Controller";
    private static final String KAFKA_LISTENER = "org.springframework.kafka.annotation.KafkaListener";

    private SuiteArchitecture() {
    }

    /** What only a service may touch: the database, the broker, and the classes that wrap them. */
    public static DescribedPredicate<JavaClass> storageOrMessaging() {
        return assignableTo("org.springframework.jdbc.core.simple.JdbcClient")
                .or(assignableTo("org.springframework.jdbc.core.JdbcOperations"))
                .or(assignableTo("org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations"))
                .or(assignableTo("jakarta.persistence.EntityManager"))
                .or(assignableTo("javax.sql.DataSource"))
                .or(assignableTo("java.sql.Connection"))
                .or(assignableTo("org.springframework.kafka.core.KafkaOperations"))
                .or(assignableTo("org.apache.kafka.clients.producer.Producer"))
                .or(assignableTo("org.springframework.data.repository.Repository"))
                .or(annotatedWith("org.springframework.stereotype.Repository"))
                .or(simpleNameEndingWith("Store"))
                .or(simpleNameEndingWith("Repository"))
                .as("storage or messaging (JdbcClient, JdbcTemplate, EntityManager, DataSource, KafkaTemplate, "
                        + "repositories, stores)");
    }

    /** Classes with a {@code @KafkaListener} (on the class or on a method). */
    public static DescribedPredicate<JavaClass> kafkaListeners() {
        return DescribedPredicate.describe("Kafka listeners", javaClass -> javaClass.isAnnotatedWith(KAFKA_LISTENER)
                || javaClass.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(KAFKA_LISTENER)));
    }

    /**
     * Every boundary a service keeps, as one rule: controllers and Kafka listeners only translate, the named rule
     * classes are Spring-free, no dependency on another service, no cycle between feature packages.
     */
    public static ArchRule serviceBoundaries(String service, Set<String> ruleClasses) {
        return CompositeArchRule.of(controllersOnlyTranslate(service))
                .and(kafkaListenersOnlyTranslate(service))
                .and(ruleClassesAreSpringFree(service, ruleClasses))
                .and(noDependencyOnOtherServices(service))
                .and(noCyclesBetweenFeatures(service));
    }

    /** Controllers translate HTTP to calls of services, commands and views: they never store or publish. */
    public static ArchRule controllersOnlyTranslate(String service) {
        return controllersOnlyTranslate(service, Set.of());
    }

    /**
     * {@link #controllersOnlyTranslate(String)} but for the controllers named in {@code knownViolations}: a list that
     * may only shrink, each entry commented in the service's test with the change that removes it.
     */
    public static ArchRule controllersOnlyTranslate(String service, Set<String> knownViolations) {
        return noClasses().that().resideInAPackage(servicePackage(service)).and().areMetaAnnotatedWith(CONTROLLER)
                .and(DescribedPredicate.not(simpleNameIn(knownViolations)))
                .should().dependOnClassesThat(storageOrMessaging())
                .because("controllers only translate; services decide and repositories store");
    }

    /** Kafka listeners translate records to calls of services, as controllers do requests. */
    public static ArchRule kafkaListenersOnlyTranslate(String service) {
        return noClasses().that().resideInAPackage(servicePackage(service)).and(kafkaListeners())
                .should().dependOnClassesThat(storageOrMessaging())
                .because("listeners only translate; services decide and repositories store");
    }

    /**
     * The named rule classes are plain Java: no Spring, no persistence, no broker, no JDBC, so that a unit test uses
     * them as they are. Bean validation annotations on a policy record are allowed.
     */
    public static ArchRule ruleClassesAreSpringFree(String service, Set<String> ruleClasses) {
        return noClasses().that().resideInAPackage(servicePackage(service)).and(simpleNameIn(ruleClasses))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.hibernate..", "org.apache.kafka..", "java.sql..", "javax.sql..")
                .because("rules live in plain classes named after them, unit-tested without Spring");
    }

    /** Fails when a rule class named in a service's architecture test is gone (renamed, moved, split). */
    public static void assertRuleClassesExist(JavaClasses classes, Set<String> ruleClasses) {
        Set<String> missing = new TreeSet<>(ruleClasses);
        classes.forEach(javaClass -> missing.remove(javaClass.getSimpleName()));
        if (!missing.isEmpty()) {
            throw new AssertionError("Rule classes named in the architecture test but not found: " + missing
                    + "; name the class that now holds each rule");
        }
    }

    /** A service depends on common-model and service-support only, never on another service's packages. */
    public static ArchRule noDependencyOnOtherServices(String service) {
        String[] others = SERVICES.stream().filter(other -> !other.equals(service))
                .map(SuiteArchitecture::servicePackage).toArray(String[]::new);
        return noClasses().that().resideInAPackage(servicePackage(service))
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services share contracts through common-model only");
    }

    /** The service's feature packages ({@code org.complaintsuite.<service>.<feature>}) form no cycle. */
    public static SliceRule noCyclesBetweenFeatures(String service) {
        return slices().matching(ROOT + "." + service + ".(*)..").namingSlices(service + ".$1").should()
                .beFreeOfCycles();
    }

    /** Classes whose simple name is one of {@code names}. */
    public static DescribedPredicate<JavaClass> simpleNameIn(Set<String> names) {
        return DescribedPredicate.describe("named one of " + new TreeSet<>(names),
                javaClass -> names.contains(javaClass.getSimpleName()));
    }

    private static String servicePackage(String service) {
        return ROOT + "." + service + "..";
    }
}
