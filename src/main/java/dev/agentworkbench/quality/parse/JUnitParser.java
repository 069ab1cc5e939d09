package dev.agentworkbench.quality.parse;

import dev.agentworkbench.quality.CheckStatus;
import dev.agentworkbench.quality.Finding;
import dev.agentworkbench.quality.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * JUnit XML (pytest {@code --junitxml}): each failed or erroring test case becomes a finding with
 * its message, at the file and line of the traceback's last frame. With {@code pytestExitCodes},
 * exit 5 means "no tests collected" and 2-4 mean pytest itself stopped.
 */
public final class JUnitParser implements OutputParser {
  private static final Pattern FRAME =
      Pattern.compile("^([^\\s:][^:\\n]*\\.py):(\\d+): ", Pattern.MULTILINE);
  private final boolean pytestExitCodes;

  public JUnitParser(boolean pytestExitCodes) {
    this.pytestExitCodes = pytestExitCodes;
  }

  @Override
  public ParsedOutput parse(ToolOutput out) {
    if (pytestExitCodes && out.exitCode() == 5) {
      return new ParsedOutput(
          CheckStatus.NOTHING_TO_CHECK,
          List.of(),
          java.util.Optional.of("no tests collected (pytest exit 5)"));
    }
    String xml = out.report().orElse(out.stdout());
    List<Finding> findings;
    try {
      findings = read(xml, out);
    } catch (IOException e) {
      return ParsedOutput.error(
          out.tool()
              + " left no readable JUnit report (exit "
              + out.exitCode()
              + "): "
              + out.lastLine(),
          List.of());
    }
    if (pytestExitCodes && out.exitCode() >= 2) {
      String what =
          switch (out.exitCode()) {
            case 2 -> "was interrupted (often an error while collecting tests)";
            case 3 -> "hit an internal error";
            case 4 -> "was given bad options";
            default -> "stopped";
          };
      return ParsedOutput.error(
          "pytest " + what + " (exit " + out.exitCode() + "): " + out.lastLine(), findings);
    }
    boolean failed = out.exitCode() != 0 || !findings.isEmpty();
    return ParsedOutput.of(failed ? CheckStatus.FAILED : CheckStatus.PASSED, findings);
  }

  private static List<Finding> read(String xml, ToolOutput out) throws IOException {
    Document doc = parseXml(xml);
    NodeList cases = doc.getElementsByTagName("testcase");
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      Element testCase = (Element) cases.item(i);
      for (String kind : List.of("failure", "error")) {
        NodeList problems = testCase.getElementsByTagName(kind);
        if (problems.getLength() > 0) {
          findings.add(finding(testCase, (Element) problems.item(0), kind, out));
        }
      }
    }
    return findings;
  }

  private static Finding finding(Element testCase, Element problem, String kind, ToolOutput out) {
    String name = testCase.getAttribute("name");
    String classname = testCase.getAttribute("classname");
    String file = testCase.getAttribute("file");
    int line = parseInt(testCase.getAttribute("line"));
    Matcher frame = FRAME.matcher(problem.getTextContent());
    String lastFile = "";
    int lastLine = 0;
    while (frame.find()) {
      lastFile = frame.group(1);
      lastLine = Integer.parseInt(frame.group(2));
    }
    if (!lastFile.isEmpty()) {
      file = lastFile;
      line = lastLine;
    } else if (file.isEmpty() && !classname.isEmpty()) {
      file = classname.replace('.', '/') + ".py";
    }
    String message = problem.getAttribute("message");
    if (message.isBlank()) {
      message = firstLine(problem.getTextContent());
    }
    return Finding.of(
        out.tool(),
        name,
        Severity.ERROR,
        RepoPaths.relative(out.repositoryRoot(), file),
        line,
        0,
        name + (kind.equals("error") ? " errored: " : " failed: ") + message.strip());
  }

  private static int parseInt(String s) {
    try {
      return s.isBlank() ? 0 : Integer.parseInt(s.strip()) + 1;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String firstLine(String text) {
    String t = text.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }

  static Document parseXml(String xml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("not JUnit XML: " + e.getMessage(), e);
    }
  }
}
