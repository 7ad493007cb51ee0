package org.griddesk.ticket;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos that come with a ticket: checked (at most three, each at most 5 MB, JPEG/PNG/WebP by content), stripped of
 * location and other metadata, stored in PostgreSQL, and served only to those who may see the ticket.
 */
@Service
@Transactional(readOnly = true)
public class TicketPhotos {

	public static final int MAX_PHOTOS = 3;

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final int SHOWN_NAME_LENGTH = 60;

	private final TicketPhotoRepository photos;

	private final TicketRepository tickets;

	private final Clock clock;

	private final List<TicketViewGrant> grants;

	TicketPhotos(TicketPhotoRepository photos, TicketRepository tickets, Clock clock, List<TicketViewGrant> grants) {
		this.photos = photos;
		this.tickets = tickets;
		this.clock = clock;
		this.grants = grants;
	}

	/**
	 * The photo, if the actor may see its ticket (a department summoned to it, say); otherwise it does not exist for
	 * them.
	 */
	public PhotoContent content(Long photoId, Actor actor) {
		TicketPhoto photo = this.photos.findById(photoId).orElseThrow(() -> new NotFoundException("photo", photoId));
		this.tickets.findById(photo.getTicketId())
			.filter(ticket -> TicketAccess.canView(ticket, actor, this.grants))
			.orElseThrow(() -> new NotFoundException("photo", photoId));
		return photo.toContent();
	}

	/** Refuses the whole set on the field {@code photos} if any file breaks a rule; names the file that did. */
	List<CleanPhoto> clean(List<PhotoUpload> uploads) {
		if (uploads.size() > MAX_PHOTOS) {
			throw new InvalidInputException("photos", "ticket.error.tooManyPhotos", MAX_PHOTOS);
		}
		List<CleanPhoto> cleaned = new ArrayList<>();
		for (PhotoUpload upload : uploads) {
			String name = shownName(upload.filename());
			if (upload.bytes().length > MAX_BYTES) {
				throw new InvalidInputException("photos", "ticket.error.photoTooLarge", name);
			}
			ImageFormat format = ImageFormat.sniff(upload.bytes())
				.orElseThrow(() -> new InvalidInputException("photos", "ticket.error.photoType", name));
			try {
				cleaned.add(new CleanPhoto(format, ImageMetadataStripper.strip(format, upload.bytes())));
			}
			catch (ImageMetadataStripper.MalformedImageException ex) {
				throw new InvalidInputException("photos", "ticket.error.photoUnreadable", name);
			}
		}
		return cleaned;
	}

	/**
	 * Photos another module adds to a ticket with its own record of them (a department's contribution to a
	 * whistle): checked and stripped as {@link #clean} does, stored with the ticket, their ids returned in order. The
	 * caller has made sure the actor may add to the ticket.
	 */
	@Transactional
	public List<Long> add(Long ticketId, List<PhotoUpload> uploads) {
		return clean(uploads).stream()
			.map(photo -> this.photos.save(new TicketPhoto(ticketId, null, photo, this.clock.instant())).getId())
			.toList();
	}

	@Transactional
	void attach(Long ticketId, Long eventId, List<CleanPhoto> cleaned) {
		cleaned.forEach(photo -> this.photos.save(new TicketPhoto(ticketId, eventId, photo, this.clock.instant())));
	}

	/** The photo ids of a ticket grouped by the timeline event they belong to. */
	Map<Long, List<Long>> idsByEvent(Long ticketId) {
		return byEvent(this.photos.findRefsByTicketId(ticketId));
	}

	Map<Long, List<Long>> idsByEvent(Collection<Long> ticketIds) {
		return byEvent(this.photos.findRefsByTicketIdIn(ticketIds));
	}

	private static Map<Long, List<Long>> byEvent(List<PhotoRef> refs) {
		return refs.stream()
			.filter(ref -> ref.eventId() != null)
			.collect(Collectors.groupingBy(PhotoRef::eventId, Collectors.mapping(PhotoRef::id, Collectors.toList())));
	}

	private static String shownName(String filename) {
		if (filename == null || filename.isBlank()) {
			return "?";
		}
		String name = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
		return name.length() > SHOWN_NAME_LENGTH ? name.substring(0, SHOWN_NAME_LENGTH) + "…" : name;
	}

}
