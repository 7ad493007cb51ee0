package org.griddesk.open311;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Map.Entry;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/**
 * Renders the API's documents (records named like the spec's elements) as JSON, or as the XML that JSON maps from
 * under the spec's Spark convention: a JSON array is a container element whose children repeat the singular name
 * ({@code services/service}, {@code attributes/attribute}), a JSON null an empty element. Its own JSON mapper, so
 * that no application-wide Jackson setting changes what third-party clients receive.
 */
final class Open311Writer {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	/** Container element → the element each of its items is written as. */
	private static final Map<String, String> ITEMS = Map.of("services", "service", "service_requests", "request",
			"errors", "error", "attributes", "attribute", "values", "value", "endpoints", "endpoint", "formats",
			"format", "notes", "note");

	private Open311Writer() {
	}

	/**
	 * @param root the XML root element ({@code services}, {@code service_requests}, {@code service_definition},
	 * {@code discovery}, {@code errors}); JSON has no root name
	 */
	static ResponseEntity<byte[]> respond(HttpStatusCode status, Format format, String root, Object document) {
		return ResponseEntity.status(status).contentType(format.mediaType()).body(render(format, root, document));
	}

	static byte[] render(Format format, String root, Object document) {
		JsonNode tree = JSON.valueToTree(document);
		return format == Format.JSON ? JSON.writeValueAsBytes(tree) : xml(root, tree);
	}

	private static byte[] xml(String root, JsonNode tree) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter writer = XML.createXMLStreamWriter(out, "UTF-8");
			writer.writeStartDocument("UTF-8", "1.0");
			element(writer, root, tree);
			writer.writeEndDocument();
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write an Open311 XML document", ex);
		}
		return out.toByteArray();
	}

	private static void element(XMLStreamWriter writer, String name, JsonNode node) throws XMLStreamException {
		if (node == null || node.isNull()) {
			writer.writeEmptyElement(name);
			return;
		}
		writer.writeStartElement(name);
		if (node.isArray()) {
			String item = ITEMS.getOrDefault(name, name);
			for (JsonNode child : node.values()) {
				element(writer, item, child);
			}
		}
		else if (node.isObject()) {
			for (Entry<String, JsonNode> property : node.properties()) {
				element(writer, property.getKey(), property.getValue());
			}
		}
		else {
			writer.writeCharacters(XmlText.clean(node.isBigDecimal() ? node.decimalValue().toPlainString()
					: node.asString()));
		}
		writer.writeEndElement();
	}

}
