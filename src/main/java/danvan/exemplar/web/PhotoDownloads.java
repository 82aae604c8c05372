package danvan.exemplar.web;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import danvan.exemplar.register.Photo;
import danvan.platform.files.FileStore;
import danvan.platform.files.StoredFile;

/** Sends an exemplar's photo or document as stored, with the type its content was checked to be. */
@Component
class PhotoDownloads {

	private final FileStore files;

	PhotoDownloads(FileStore files) {
		this.files = files;
	}

	ResponseEntity<InputStreamResource> send(Photo photo, boolean publicCache) {
		StoredFile file = files.describe(photo.getFileId());
		ContentDisposition disposition = (photo.isDocument() ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(file.getOriginalName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getKind().contentType()))
			.cacheControl(publicCache ? CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic() : CacheControl.noCache())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(new InputStreamResource(files.open(file)));
	}

}
