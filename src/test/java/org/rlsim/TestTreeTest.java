package org.rlsim;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The test tree mirrors the main tree: the test of a class {@code org.rlsim.p.Foo} is
 * {@code org.rlsim.p.FooTest}, in the same package, so a reader finds it, and it may test
 * package-private behaviour. Tests that are about no single class (a scenario, a property of every
 * run) are named after what they test and live in the package of the code they exercise most.
 */
@AnalyzeClasses(packages = "org.rlsim")
class TestTreeTest {

    private static final ImportOption TESTS = new ImportOption.OnlyIncludeTests();

    @ArchTest
    static void theTestOfAClassLivesInThatClassesPackage(JavaClasses classes) {
        Map<String, List<JavaClass>> mainBySimpleName = new HashMap<>();
        List<JavaClass> tests = new ArrayList<>();
        for (JavaClass type : classes) {
            if (!type.isTopLevelClass() || type.getSource().isEmpty()) {
                continue;
            }
            boolean isTest = TESTS.includes(Location.of(type.getSource().get().getUri()));
            if (isTest) {
                tests.add(type);
            } else {
                mainBySimpleName.computeIfAbsent(type.getSimpleName(), name -> new ArrayList<>()).add(type);
            }
        }
        List<String> misplaced = new ArrayList<>();
        for (JavaClass test : tests) {
            String name = test.getSimpleName();
            if (!name.endsWith("Test")) {
                continue;
            }
            List<JavaClass> tested = mainBySimpleName.getOrDefault(name.substring(0, name.length() - "Test".length()), List.of());
            if (!tested.isEmpty() && tested.stream().noneMatch(type -> type.getPackageName().equals(test.getPackageName()))) {
                misplaced.add(test.getName() + " tests " + tested.get(0).getName() + ": move it to " + tested.get(0).getPackageName());
            }
        }
        if (!misplaced.isEmpty()) {
            throw new AssertionError("tests outside the package of the class they test:" + System.lineSeparator()
                    + String.join(System.lineSeparator(), misplaced));
        }
    }
}
