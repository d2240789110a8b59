package vn.khotin;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The directions packages may depend in, checked on the compiled classes (imports, calls, field and signature
 * types alike). The pipeline runs one way, with records from {@code model} flowing forward:
 *
 * <pre>
 * crawl → archive → extract → index → search → web
 *   model (records) under all of them; analysis (Vietnamese text) under index and search;
 *   pipeline wires crawl, archive, extract and index; cli wires everything; replica stands alone
 *   web.api (the JSON's records) under web, on nothing of ours
 * </pre>
 *
 * A rule that fails names the class and the dependency; see {@code src/docs/architecture.md} for why each direction
 * is what it is.
 */
@AnalyzeClasses(packages = "vn.khotin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule model = onlyDependsOn("model");

    @ArchTest
    static final ArchRule analysis = onlyDependsOn("analysis", "model");

    @ArchTest
    static final ArchRule crawl = onlyDependsOn("crawl", "model");

    @ArchTest
    static final ArchRule archive = onlyDependsOn("archive", "model");

    @ArchTest
    static final ArchRule extract = onlyDependsOn("extract", "model", "analysis");

    @ArchTest
    static final ArchRule index = onlyDependsOn("index", "model", "analysis");

    @ArchTest
    static final ArchRule search = onlyDependsOn("search", "index", "analysis", "model");

    @ArchTest
    static final ArchRule web = onlyDependsOn("web", "search", "model");

    /** The API's records: the JSON's shape, made of nothing of ours, so no model or search record leaks into it. */
    @ArchTest
    static final ArchRule webApi = onlyDependsOn("web.api");

    /**
     * Every JSON body goes through {@code web.ApiResponses.send}, which takes a {@code web.api} record only: no
     * handler hands Javalin a model or search record (or a map of them) to serialise as it is.
     */
    @ArchTest
    static final ArchRule jsonBodiesAreApiRecords = noClasses()
            .that().resideInAPackage("vn.khotin..").and().doNotHaveFullyQualifiedName("vn.khotin.web.ApiResponses")
            .should().callMethodWhere(DescribedPredicate.describe("Context.json or jsonStream",
                    (JavaMethodCall call) -> call.getTarget().getName().startsWith("json")
                            && call.getTargetOwner().isAssignableTo(io.javalin.http.Context.class)))
            .as("only web.ApiResponses writes JSON bodies (web.api records)");

    @ArchTest
    static final ArchRule pipeline = onlyDependsOn("pipeline", "crawl", "archive", "extract", "index", "model");

    @ArchTest
    static final ArchRule replica = onlyDependsOn("replica");

    @ArchTest
    static final ArchRule sync = onlyDependsOn("sync", "index", "model");

    /** Lucene is the index's and the search's business; the layers above see records only. */
    @ArchTest
    static final ArchRule noLuceneAboveSearch = noClasses()
            .that().resideInAnyPackage("vn.khotin.web..", "vn.khotin.cli..", "vn.khotin.pipeline..",
                    "vn.khotin.model..", "vn.khotin.sync..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..");

    /** Packages (sub-packages on their own) depend on each other in one direction only. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("vn.khotin.(**)").should().beFreeOfCycles();

    /**
     * The file-level cycles that remain, frozen here so that no new one appears anywhere, each to be deleted from
     * this list when it is removed. An entry is the dependency (origin file, target file) that closes the cycle.
     * The search pipeline itself has none since issue 16 split it into stages.
     */
    private static final List<List<String>> FROZEN_FILE_CYCLES = List.of(
            // JudgedSearchEvaluation → JudgingPool → JudgedSearchEvaluation (the pool asks for the pooled runs)
            List.of("vn.khotin.search.eval.JudgingPool", "vn.khotin.search.eval.JudgedSearchEvaluation"));

    /** Neither do files: a class (with its nested classes) never depends back on a class that depends on it. */
    @ArchTest
    static final ArchRule noFileCycles = fileCyclesExceptFrozen();

    private static ArchRule fileCyclesExceptFrozen() {
        SliceRule rule = slices().assignedFrom(new TopLevelClasses()).should().beFreeOfCycles();
        for (List<String> edge : FROZEN_FILE_CYCLES) {
            rule = rule.ignoreDependency(inFile(edge.get(0)), inFile(edge.get(1)));
        }
        return rule;
    }

    private static DescribedPredicate<JavaClass> inFile(String topLevelClass) {
        return DescribedPredicate.describe("in " + topLevelClass,
                c -> c.getName().equals(topLevelClass) || c.getName().startsWith(topLevelClass + "$"));
    }

    /**
     * Classes in {@code pkg} (and its sub-packages) may use the JDK, libraries and these project packages
     * only.
     */
    private static ArchRule onlyDependsOn(String pkg, String... allowed) {
        String[] packages = Stream.concat(Stream.of(pkg), Arrays.stream(allowed))
                .map(p -> "vn.khotin." + p + "..").toArray(String[]::new);
        return classes().that().resideInAPackage("vn.khotin." + pkg + "..")
                .should().onlyDependOnClassesThat(not(resideInAPackage("vn.khotin..")).or(resideInAnyPackage(packages)))
                .as(pkg + " depends on " + (allowed.length == 0 ? "no other package of ours"
                        : String.join(", ", allowed) + " only"));
    }

    /** One slice per source file: a top-level class with its nested classes. */
    private static final class TopLevelClasses implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getName();
            int nested = name.indexOf('$');
            return SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested));
        }

        @Override
        public String getDescription() {
            return "source files";
        }
    }
}
