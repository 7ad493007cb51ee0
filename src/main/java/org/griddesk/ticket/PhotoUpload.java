package org.griddesk.ticket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** A file as it arrived from a form: the name the sender gave it (only used in messages) and its bytes. */
public record PhotoUpload(String filename, byte[] bytes) {

	/** The files actually chosen in a form's file input: one left empty still sends one nameless, empty part. */
	static List<PhotoUpload> chosenIn(List<MultipartFile> files) {
		List<PhotoUpload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile file : files) {
			if (file.isEmpty()) {
				continue;
			}
			try {
				uploads.add(new PhotoUpload(file.getOriginalFilename(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}

	static boolean anyChosenIn(List<MultipartFile> files) {
		return files != null && files.stream().anyMatch(file -> !file.isEmpty());
	}

}
