package io.fundregistry.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dependency rules of the hexagon. They live here because this module sees every other one: a violation in any
 * module fails this build.
 */
@AnalyzeClasses(packages = "io.fundregistry", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "io.fundregistry.domain..";
    private static final String ADAPTERS = "io.fundregistry.adapter..";
    private static final String APP = "io.fundregistry.app..";
    private static final Pattern ADAPTER_PACKAGE = Pattern.compile("^io\\.fundregistry\\.adapter\\.([^.]+)");

    @ArchTest
    static final ArchRule the_domain_uses_nothing_but_the_jdk = classes()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(DOMAIN, "java..")
            .because("the domain is embedded by other services and must bring no library with it");

    @ArchTest
    static final ArchRule the_domain_knows_no_adapter = noClasses()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ADAPTERS, APP);

    @ArchTest
    static final ArchRule adapters_never_use_each_other =
            slices().matching("io.fundregistry.adapter.(*)..").should().notDependOnEachOther();

    @ArchTest
    static final ArchRule adapters_never_use_the_app = noClasses()
            .that()
            .resideInAPackage(ADAPTERS)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(APP);

    @ArchTest
    static final ArchRule only_the_app_uses_more_than_one_adapter = classes()
            .that()
            .resideOutsideOfPackage(APP)
            .should(useAtMostOneAdapter())
            .because("wiring adapters together is the app's job alone");

    private static ArchCondition<JavaClass> useAtMostOneAdapter() {
        return new ArchCondition<>("use at most one adapter") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Set<String> adapters = new TreeSet<>();
                adapterOf(javaClass.getPackageName()).ifPresent(adapters::add);
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    adapterOf(dependency.getTargetClass().getPackageName()).ifPresent(adapters::add);
                }
                boolean satisfied = adapters.size() <= 1;
                String message = javaClass.getName() + " uses the adapters " + adapters;
                events.add(new SimpleConditionEvent(javaClass, satisfied, message));
            }
        };
    }

    private static Optional<String> adapterOf(String packageName) {
        Matcher matcher = ADAPTER_PACKAGE.matcher(packageName);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
