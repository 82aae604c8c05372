package danvan.emulation.movement;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

import danvan.emulation.Points;

/** A classification (Xuất sắc, Tốt…) reached from {@code minTotal} points up. */
@Embeddable
public class Threshold {

	private String label;

	private BigDecimal minTotal;

	protected Threshold() {
	}

	public Threshold(String label, BigDecimal minTotal) {
		this.label = label;
		this.minTotal = Points.of(minTotal);
	}

	public String getLabel() {
		return label;
	}

	public BigDecimal getMinTotal() {
		return minTotal;
	}

}
