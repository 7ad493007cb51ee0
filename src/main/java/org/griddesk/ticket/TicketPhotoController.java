package org.griddesk.ticket;

import java.time.Duration;

import org.griddesk.account.CurrentUser;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves ticket photos to whoever may see the ticket — the resident who raised it, staff within whose scope it lies —
 * for the timeline's thumbnails. Everyone else gets 404. Photos never change, so the browser may keep them, privately.
 */
@Controller
class TicketPhotoController {

	private final TicketPhotos photos;

	private final Actors actors;

	TicketPhotoController(TicketPhotos photos, Actors actors) {
		this.photos = photos;
		this.actors = actors;
	}

	@GetMapping("/photos/{id}")
	ResponseEntity<byte[]> photo(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		PhotoContent photo = this.photos.content(id, this.actors.of(user));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("photo-" + photo.id() + extension(photo.contentType())).build().toString())
			.body(photo.data());
	}

	private static String extension(String contentType) {
		return switch (contentType) {
			case "image/png" -> ".png";
			case "image/webp" -> ".webp";
			default -> ".jpg";
		};
	}

}
