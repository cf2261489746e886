package kz.bagalau.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.evaluation.domain.DeliberatelyWrongImport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The context map and the layers, as rules the build enforces (ArchUnit over the production classes of all
 * three modules). The rules it checks:
 * <ol>
 *   <li>Contexts are ordered: shared kernel ← tenancy ← audit ← identity ← registry ← methodology ← evaluation
 *       ← cycle ← national ← (deadlines, administration) ← platform. A context uses only contexts to its left;
 *       the three in brackets do not use each other.</li>
 *   <li>No cycle between any two contexts.</li>
 *   <li>Inside each context: the domain uses no application, infrastructure or web layer and nothing of
 *       {@code jakarta.ejb}; the application layer uses no web layer and no infrastructure (it calls ports;
 *       the shared kernel's technical helpers excepted); infrastructure uses no web layer.</li>
 *   <li>Modules: the web layer lives in the web module only; the ejb module uses nothing of the web module,
 *       the tenants module nothing of the other two.</li>
 * </ol>
 * A last test proves the rules bite: a class of the evaluation's domain that reaches into the cycle fails.
 */
class ArchitectureTest {

    /** The contexts from left to right; a context at a position may use only those before it. */
    static final List<List<String>> CONTEXT_MAP = List.of(
            List.of("shared"), List.of("tenancy"), List.of("audit"), List.of("identity"), List.of("registry"),
            List.of("methodology"), List.of("evaluation"), List.of("cycle"), List.of("national"),
            List.of("deadlines", "administration"), List.of("platform"));

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.bagalau");
        assertThat(classes.size()).as("production classes found").isGreaterThan(300);
    }

    static Stream<String> contexts() {
        return CONTEXT_MAP.stream().flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0} uses only the contexts to its left")
    @MethodSource("contexts")
    void should_let_each_context_use_only_the_contexts_to_its_left(String context) {
        contextRule(context).check(classes);
    }

    @Test
    void should_have_no_cycle_between_contexts() {
        slices().matching("kz.bagalau.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void should_keep_the_domain_free_of_application_infrastructure_web_and_ejb() {
        noClasses().that().resideInAPackage("kz.bagalau.*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("kz.bagalau.*.application..",
                        "kz.bagalau.*.infrastructure..", "kz.bagalau.*.web..", "jakarta.ejb..")
                .check(classes);
    }

    @Test
    void should_let_the_application_layer_reach_infrastructure_only_through_ports() {
        noClasses().that().resideInAPackage("kz.bagalau.*.application..")
                .should().dependOnClassesThat(infrastructureOutsideTheSharedKernel())
                .orShould().dependOnClassesThat().resideInAPackage("kz.bagalau.*.web..")
                .check(classes);
    }

    @Test
    void should_keep_infrastructure_below_the_web_layer() {
        noClasses().that().resideInAPackage("kz.bagalau.*.infrastructure..")
                .should().dependOnClassesThat().resideInAPackage("kz.bagalau.*.web..")
                .check(classes);
    }

    @Test
    @DisplayName("¶11, ¶53: only the national context reads across regions (the national scope)")
    void should_let_only_the_national_context_read_across_regions() {
        noClasses().that().resideOutsideOfPackages("kz.bagalau.national..", "kz.bagalau.tenancy..")
                .should().dependOnClassesThat().haveFullyQualifiedName(
                        "kz.bagalau.tenancy.infrastructure.NationalEntityManager")
                .check(classes);
    }

    @Test
    void should_stack_the_modules_web_over_ejb_over_tenants() {
        noClasses().that(inModule("bagalau-ejb")).or(inModule("bagalau-tenants"))
                .should().dependOnClassesThat(inModule("bagalau-web"))
                .orShould().resideInAPackage("kz.bagalau.*.web..")
                .check(classes);
        noClasses().that(inModule("bagalau-tenants")).should().dependOnClassesThat(inModule("bagalau-ejb"))
                .check(classes);
    }

    @Test
    @DisplayName("The context rule fails on a deliberately wrong import (evaluation's domain reaching into the cycle)")
    void should_fail_on_a_deliberately_wrong_import() {
        JavaClasses wrong = new ClassFileImporter().importClasses(DeliberatelyWrongImport.class, EvaluationCycle.class);

        assertThatThrownBy(() -> contextRule("evaluation").check(wrong))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(DeliberatelyWrongImport.class.getName())
                .hasMessageContaining(EvaluationCycle.class.getName());
    }

    /** No class of {@code context} depends on a context to its right (or on a sibling in the same slot). */
    static ArchRule contextRule(String context) {
        List<String> forbidden = new ArrayList<>();
        boolean right = false;
        for (List<String> slot : CONTEXT_MAP) {
            if (right) {
                slot.forEach(c -> forbidden.add("kz.bagalau." + c + ".."));
            } else if (slot.contains(context)) {
                right = true;
                slot.stream().filter(c -> !c.equals(context)).forEach(c -> forbidden.add("kz.bagalau." + c + ".."));
            }
        }
        return noClasses().that().resideInAPackage("kz.bagalau." + context + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .allowEmptyShould(true)
                .because("the context map runs shared ← tenancy ← audit ← identity ← registry ← methodology"
                        + " ← evaluation ← cycle ← national ← (deadlines, administration) ← platform");
    }

    private static DescribedPredicate<JavaClass> infrastructureOutsideTheSharedKernel() {
        return DescribedPredicate.describe("an infrastructure class outside the shared kernel",
                c -> c.getPackageName().matches("kz\\.bagalau\\.\\w+\\.infrastructure(\\..*)?")
                        && !c.getPackageName().startsWith("kz.bagalau.shared."));
    }

    private static DescribedPredicate<JavaClass> inModule(String artifact) {
        String directory = artifact.substring("bagalau-".length());
        return DescribedPredicate.describe("in module " + artifact, c -> c.getSource()
                .map(s -> s.getUri().toString())
                .map(uri -> uri.contains("/" + artifact + "-") || uri.contains("/" + directory + "/target/classes/"))
                .orElse(false));
    }
}
