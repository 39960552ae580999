package uk.caredecisions.scenarios;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A run as JUnit XML, so CI systems show scenario failures like test failures. */
public final class JUnitXml {

    private JUnitXml() {}

    public static String of(RunReport report) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "scenarios under rule set " + report.ruleSetVersion());
            xml.writeAttribute("tests", String.valueOf(report.total()));
            xml.writeAttribute("failures", String.valueOf(report.failed()));
            xml.writeAttribute("errors", "0");
            for (ScenarioResult r : report.results()) {
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", r.decision());
                xml.writeAttribute("name", r.id() + ": " + r.name());
                if (!r.passed()) {
                    RunReport single = new RunReport(report.ruleSetVersion(), report.ruleSetSha256(), 1, 0, 1, java.util.List.of(r), null);
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", r.mismatches().isEmpty() ? "failed" : r.mismatches().get(0).what() + ": expected "
                            + r.mismatches().get(0).expected() + ", got " + r.mismatches().get(0).actual());
                    xml.writeCharacters(single.toText());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
