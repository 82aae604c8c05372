package danvan.portal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import danvan.platform.files.FileKind;
import danvan.platform.files.FileRules;
import danvan.platform.files.FileStore;
import danvan.platform.files.StoredFile;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;

/**
 * Article images: the upload is checked by the file store (kind by content, at most 10 MB), then decoded
 * and re-encoded as JPEG at display and thumbnail size. Re-encoding writes pixels only, so EXIF data
 * (camera, GPS position) never reaches readers; the original is kept but never served.
 */
@Service
public class PortalImages {

	public static final FileRules RULES = FileRules.of(FileKind.IMAGES, 10);

	static final int DISPLAY_WIDTH = 1200;

	static final int THUMB_WIDTH = 400;

	private static final long MAX_PIXELS = 50_000_000L;

	private final FileStore files;

	private final PortalImageRepository images;

	private final Clock clock;

	PortalImages(FileStore files, PortalImageRepository images, Clock clock) {
		this.files = files;
		this.images = images;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
	public PortalImage upload(MultipartFile upload, String caption) {
		StoredFile original = files.store(upload, RULES);
		try (InputStream in = files.open(original)) {
			return save(original, in.readAllBytes(), caption);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** For demo data and imports: an image made by the application itself. */
	@Transactional
	PortalImage save(byte[] content, String name, String caption) {
		return save(files.store(content, name, RULES), content, caption);
	}

	private PortalImage save(StoredFile original, byte[] content, String caption) {
		BufferedImage image = decode(content);
		String base = original.getOriginalName().replaceAll("\\.[A-Za-z0-9]+$", "");
		StoredFile display = files.store(jpeg(scaled(image, DISPLAY_WIDTH)), base + "-hien-thi.jpg", RULES);
		StoredFile thumb = files.store(jpeg(scaled(image, THUMB_WIDTH)), base + "-thu-nho.jpg", RULES);
		String text = ArticleHtml.plain(caption);
		return images.save(new PortalImage(original.getId(), display.getId(), thumb.getId(),
				text.length() > 300 ? text.substring(0, 300) : text, image.getWidth(), image.getHeight(),
				clock.instant(), CurrentActor.name()));
	}

	/** The JPEG bytes of an image at {@code size} ("hien-thi" or "thu-nho"). */
	@Transactional(readOnly = true)
	public Served open(Long id, String size) {
		PortalImage image = images.findById(id).orElseThrow(NotFoundException::record);
		Long fileId = switch (size) {
			case "hien-thi" -> image.getDisplayFileId();
			case "thu-nho" -> image.getThumbFileId();
			default -> throw NotFoundException.record();
		};
		StoredFile file = files.describe(fileId);
		return new Served(file.getSha256(), file.getSizeBytes(), files.open(file));
	}

	private static BufferedImage decode(byte[] content) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
			if (image == null || (long) image.getWidth() * image.getHeight() > MAX_PIXELS) {
				throw RuleViolationException.onField("file", "portal.image.unreadable");
			}
			return image;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof RuleViolationException violation) {
				throw violation;
			}
			throw RuleViolationException.onField("file", "portal.image.unreadable");
		}
	}

	private static BufferedImage scaled(BufferedImage source, int maxWidth) {
		int width = Math.min(maxWidth, source.getWidth());
		int height = Math.max(1, (int) Math.round(source.getHeight() * (width / (double) source.getWidth())));
		BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.drawImage(source, 0, 0, width, height, null);
		g.dispose();
		return target;
	}

	static byte[] jpeg(BufferedImage image) {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
		ImageWriter writer = writers.next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	/** An image's bytes with what HTTP caching needs. */
	public record Served(String sha256, long size, InputStream content) {
	}

}
