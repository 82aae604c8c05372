package danvan.exemplar.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import danvan.exemplar.ExemplarKind;
import danvan.exemplar.ExemplarStatus;
import danvan.exemplar.RecognitionLevel;
import danvan.exemplar.registry.ExemplarFilter;


/** The list's query string; a value that makes no sense falls back to the whole list instead of a 500. */
public class ListParams {

	@Size(max = 200)
	private String q;

	private ExemplarKind kind;

	@Size(max = 30)
	private String field;

	private RecognitionLevel level;

	private Long unit;

	@Size(max = 20)
	private String stage;

	private ExemplarStatus status;

	@Min(2000)
	@Max(2100)
	private Integer year;

	@Pattern(regexp = "name|unit|recognised|registered")
	private String sort;

	private String page;

	static ExemplarFilter none() {
		return ExemplarFilter.none();
	}

	ExemplarFilter filter() {
		return new ExemplarFilter(q, kind, blank(field), level, unit, blank(stage), status, year, sort);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	/** The page asked for, from 1; anything that is not a number is the first page (the search clamps the rest). */
	int pageNumber() {
		if (page == null || !page.matches("\\d{1,9}")) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(page));
	}

	public String getPage() {
		return page;
	}

	public void setPage(String page) {
		this.page = page;
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public ExemplarKind getKind() {
		return kind;
	}

	public void setKind(ExemplarKind kind) {
		this.kind = kind;
	}

	public String getField() {
		return field;
	}

	public void setField(String field) {
		this.field = field;
	}

	public RecognitionLevel getLevel() {
		return level;
	}

	public void setLevel(RecognitionLevel level) {
		this.level = level;
	}

	public Long getUnit() {
		return unit;
	}

	public void setUnit(Long unit) {
		this.unit = unit;
	}

	public String getStage() {
		return stage;
	}

	public void setStage(String stage) {
		this.stage = stage;
	}

	public ExemplarStatus getStatus() {
		return status;
	}

	public void setStatus(ExemplarStatus status) {
		this.status = status;
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getSort() {
		return sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}

}
