package io.fundregistry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The hexagon's rules at the level of Maven modules, read from the poms themselves: ArchitectureTest sees classes, so
 * a new module whose classes each used a different adapter would pass it. Runs with the fund-app folder as working
 * directory, as Surefire starts it.
 */
class ModuleDependenciesTest {

    private static final Path ROOT = Path.of("..");
    private static final String ADAPTER_PREFIX = "fund-adapter-";
    private static final String APP = "fund-app";
    private static final String DOMAIN = "fund-domain";

    @Test
    void only_the_app_module_depends_on_more_than_one_adapter() throws Exception {
        Map<String, List<String>> modules = projectModuleDependencies();

        modules.forEach((module, dependencies) -> {
            if (!module.equals(APP)) {
                assertThat(adapters(dependencies))
                        .as("adapters %s depends on", module)
                        .hasSizeLessThanOrEqualTo(1);
            }
        });
        assertThat(modules).containsKey(APP);
    }

    @Test
    void adapter_modules_depend_on_no_other_adapter_and_the_domain_on_no_module() throws Exception {
        Map<String, List<String>> modules = projectModuleDependencies();

        modules.forEach((module, dependencies) -> {
            if (module.startsWith(ADAPTER_PREFIX)) {
                assertThat(adapters(dependencies))
                        .as("adapters %s depends on", module)
                        .isEmpty();
            }
        });
        assertThat(modules.get(DOMAIN)).as("modules fund-domain depends on").noneMatch(d -> d.startsWith("fund-"));
    }

    /** Each module named in the parent pom, with the artifact ids of the project's own modules it depends on. */
    private static Map<String, List<String>> projectModuleDependencies()
            throws IOException, ParserConfigurationException, SAXException {
        Map<String, List<String>> dependencies = new LinkedHashMap<>();
        for (String module : texts(pom(ROOT), "modules", "module")) {
            List<String> own = new ArrayList<>();
            for (String artifactId : texts(pom(ROOT.resolve(module)), "dependencies", "artifactId")) {
                if (artifactId.startsWith("fund-")) {
                    own.add(artifactId);
                }
            }
            dependencies.put(module, own);
        }
        assertThat(dependencies).as("modules of the parent pom").hasSizeGreaterThanOrEqualTo(4);
        return dependencies;
    }

    private static List<String> adapters(List<String> dependencies) {
        return dependencies.stream().filter(d -> d.startsWith(ADAPTER_PREFIX)).toList();
    }

    private static Element pom(Path folder) throws IOException, ParserConfigurationException, SAXException {
        Path pom = folder.resolve("pom.xml");
        assertThat(pom).exists();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (var in = Files.newInputStream(pom)) {
            return factory.newDocumentBuilder().parse(in).getDocumentElement();
        }
    }

    /** The texts of the {@code child} elements anywhere under the project's own (not managed) {@code section}. */
    private static List<String> texts(Element project, String section, String child) {
        List<String> texts = new ArrayList<>();
        NodeList sections = project.getElementsByTagName(section);
        for (int i = 0; i < sections.getLength(); i++) {
            Element found = (Element) sections.item(i);
            if (found.getParentNode() != project) {
                continue;
            }
            NodeList children = found.getElementsByTagName(child);
            for (int j = 0; j < children.getLength(); j++) {
                texts.add(children.item(j).getTextContent().trim());
            }
        }
        return texts;
    }
}
