package danvan.site;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import danvan.platform.files.FileKind;
import danvan.platform.files.FileRules;
import danvan.platform.files.FileStore;
import danvan.platform.files.StoredFile;
import danvan.platform.web.RuleViolationException;

/**
 * The logo: the platform file store checks the upload (an image by its content, at most
 * {@link #MAX_MEGABYTES} MB), then it is decoded and written again as a PNG of at most {@link #MAX_HEIGHT}
 * pixels high — transparency kept, metadata dropped. Both files are kept; only the resized one is served.
 */
@Component
public class SiteLogos {

	static final String PATH = "/site/logo/";

	static final int MAX_MEGABYTES = 2;

	static final FileRules RULES = FileRules.of(FileKind.IMAGES, MAX_MEGABYTES);

	static final FileRules RESIZED = FileRules.of(java.util.List.of(FileKind.PNG), MAX_MEGABYTES);

	static final int MAX_HEIGHT = 160;

	static final int MAX_WIDTH = 640;

	private static final long MAX_PIXELS = 40_000_000L;

	private final FileStore files;

	SiteLogos(FileStore files) {
		this.files = files;
	}

	Stored store(MultipartFile upload) {
		StoredFile original = onLogoField(() -> files.store(upload, RULES));
		BufferedImage image;
		try (InputStream in = files.open(original)) {
			image = decode(in.readAllBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		StoredFile resized = files.store(png(scaled(image)), "logo.png", RESIZED);
		return new Stored(original.getId(), resized.getId());
	}

	/** The file store names its field "file"; on this form the field is "logo". */
	private static StoredFile onLogoField(java.util.function.Supplier<StoredFile> store) {
		try {
			return store.get();
		}
		catch (RuleViolationException e) {
			String key = e.messageKey().equals("files.typeNotAllowed") || e.messageKey().equals("files.typeMismatch")
					? "site.logo.notImage" : e.messageKey();
			throw RuleViolationException.onField("logo", key, e.arguments());
		}
	}

	private static BufferedImage decode(byte[] content) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
			if (image != null && (long) image.getWidth() * image.getHeight() <= MAX_PIXELS) {
				return image;
			}
		}
		catch (IOException | RuntimeException e) {
			// an image the decoders refuse is as unusable as one they do not recognise
		}
		throw RuleViolationException.onField("logo", "site.logo.unreadable");
	}

	static BufferedImage scaled(BufferedImage source) {
		double factor = Math.min(1.0, Math.min(MAX_HEIGHT / (double) source.getHeight(),
				MAX_WIDTH / (double) source.getWidth()));
		int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
		BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = target.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.drawImage(source, 0, 0, width, height, null);
		g.dispose();
		return target;
	}

	private static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The resized logo's bytes and its SHA-256 (an ETag that never moves: stored files never change). */
	Served open(Long fileId) {
		StoredFile file = files.describe(fileId);
		return new Served(file.getSha256(), file.getSizeBytes(), files.open(file));
	}

	public record Served(String sha256, long size, InputStream content) {
	}

	/** The uploaded file and its resized copy. */
	record Stored(Long originalId, Long resizedId) {
	}

}
