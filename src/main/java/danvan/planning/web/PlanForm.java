package danvan.planning.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The plan form: kind, title, document, period and owner unit. */
public class PlanForm {

	private Long ownerUnitId;

	private danvan.planning.plan.Plan.Kind kind;

	@Size(max = 300)
	private String title;

	@Size(max = 50)
	private String docNumber;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate docDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodTo;

	private String reportEvery = "QUARTER";

	private long version;

	public Long getOwnerUnitId() {
		return ownerUnitId;
	}

	public void setOwnerUnitId(Long ownerUnitId) {
		this.ownerUnitId = ownerUnitId;
	}

	public danvan.planning.plan.Plan.Kind getKind() {
		return kind;
	}

	public void setKind(danvan.planning.plan.Plan.Kind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDocNumber() {
		return docNumber;
	}

	public void setDocNumber(String docNumber) {
		this.docNumber = docNumber;
	}

	public LocalDate getDocDate() {
		return docDate;
	}

	public void setDocDate(LocalDate docDate) {
		this.docDate = docDate;
	}

	public LocalDate getPeriodFrom() {
		return periodFrom;
	}

	public void setPeriodFrom(LocalDate periodFrom) {
		this.periodFrom = periodFrom;
	}

	public LocalDate getPeriodTo() {
		return periodTo;
	}

	public void setPeriodTo(LocalDate periodTo) {
		this.periodTo = periodTo;
	}

	public String getReportEvery() {
		return reportEvery;
	}

	public void setReportEvery(String reportEvery) {
		this.reportEvery = reportEvery;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	danvan.planning.plan.PlanDraft draft() {
		return new danvan.planning.plan.PlanDraft(kind, title, docNumber == null || docNumber.isBlank() ? null : docNumber.strip(),
				docDate, periodFrom, periodTo, reportEvery);
	}

	static PlanForm of(danvan.planning.plan.Plan p) {
		PlanForm f = new PlanForm();
		f.ownerUnitId = p.getOwnerUnitId();
		f.kind = p.getKind();
		f.title = p.getTitle();
		f.docNumber = p.getDocNumber();
		f.docDate = p.getDocDate();
		f.periodFrom = p.getPeriodFrom();
		f.periodTo = p.getPeriodTo();
		f.reportEvery = p.getReportEvery();
		f.version = p.getVersion();
		return f;
	}

}
