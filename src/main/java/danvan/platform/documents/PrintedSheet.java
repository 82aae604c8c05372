package danvan.platform.documents;

import java.util.List;

/**
 * One page printed at its exact paper size, every text placed in millimetres from the top left corner: a
 * certificate on a pre-printed blank (only the text) or on plain paper (the design too, with a frame).
 */
public record PrintedSheet(double widthMm, double heightMm, boolean frame, List<Placed> texts) {

	public PrintedSheet {
		texts = List.copyOf(texts);
	}

	public enum Align {
		LEFT, CENTER, RIGHT
	}

	/** A text box: lines break at {@code \n} and wrap inside {@code widthMm}; {@code colour} as #rrggbb or null. */
	public record Placed(String text, double xMm, double yMm, double widthMm, double sizePt, boolean bold,
			boolean italic, Align align, String colour) {
	}

}
