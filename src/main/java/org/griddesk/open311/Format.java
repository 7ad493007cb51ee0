package org.griddesk.open311;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;

/** The two formats of the API; the resource's suffix picks one, whatever the Accept header says. */
enum Format {

	XML(new MediaType("text", "xml", StandardCharsets.UTF_8)),
	JSON(new MediaType("application", "json", StandardCharsets.UTF_8));

	private final MediaType mediaType;

	Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	/** The format a path's suffix names; XML, the spec's required format, for anything else. */
	static Format ofPath(String path) {
		return path != null && path.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? JSON : XML;
	}

	static Format ofSuffix(String suffix) {
		return "json".equalsIgnoreCase(suffix) ? JSON : XML;
	}

}
