package org.griddesk.open311;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract checks: JSON against the official GeoReport v2 schemas (copied from the project's shared spec files
 * into src/test/resources/open311), XML against the spec's element names with the JDK's DOM and XPath.
 */
final class Open311Schemas {

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

	private Open311Schemas() {
	}

	/** Fails with the validator's messages unless the JSON satisfies the named schema (e.g. {@code services.json}). */
	static void assertValid(String schemaFile, String json) {
		Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:open311/" + schemaFile));
		List<Error> errors = schema.validate(json, com.networknt.schema.InputFormat.JSON);
		assertThat(errors).as(schemaFile + " violations in " + json).isEmpty();
	}

	static Document xml(byte[] body) throws Exception {
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).as("XML declaration").startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
	}

	static String text(Document document, String xpath) throws Exception {
		return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.STRING);
	}

	static int count(Document document, String xpath) throws Exception {
		return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET))
			.getLength();
	}

	/** Every child element of each node the XPath selects is one of the allowed names (the spec's, no others). */
	static void assertOnlyElements(Document document, String xpath, String... allowed) throws Exception {
		NodeList nodes = (NodeList) XPathFactory.newInstance()
			.newXPath()
			.evaluate(xpath + "/*", document, XPathConstants.NODESET);
		assertThat(nodes.getLength()).as("children of " + xpath).isPositive();
		for (int i = 0; i < nodes.getLength(); i++) {
			assertThat(nodes.item(i).getNodeName()).as("child of " + xpath).isIn((Object[]) allowed);
		}
	}

}
