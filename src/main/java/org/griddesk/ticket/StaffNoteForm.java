package org.griddesk.ticket;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * A progress note (进展记录) on the staff ticket page, with up to {@link TicketPhotos#MAX_PHOTOS} photos under the
 * same rules as a resident's. The limits travel with the form so that the page can check them before uploading.
 */
record StaffNoteForm(@NotBlank(message = "{worker.error.noteRequired}") @Size(max = 2000) String note,
		List<MultipartFile> photos) {

	static StaffNoteForm empty() {
		return new StaffNoteForm("", List.of());
	}

	boolean hasPhotos() {
		return PhotoUpload.anyChosenIn(this.photos);
	}

	List<PhotoUpload> uploads() {
		return PhotoUpload.chosenIn(this.photos);
	}

	public int maxPhotos() {
		return TicketPhotos.MAX_PHOTOS;
	}

	public int maxPhotoBytes() {
		return TicketPhotos.MAX_BYTES;
	}

}
