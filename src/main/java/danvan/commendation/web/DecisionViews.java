package danvan.commendation.web;

import java.text.Normalizer;

import org.springframework.stereotype.Component;


import danvan.commendation.catalog.CatalogService;
import danvan.commendation.catalog.IssuerName;
import danvan.commendation.decision.Decision;

/** Names shown for decisions: the issuer as it was named on the decision's date, download file names. */
@Component
public class DecisionViews {

	private final CatalogService catalog;

	DecisionViews(CatalogService catalog) {
		this.catalog = catalog;
	}

	public String issuerName(Decision d) {
		IssuerName name = catalog.issuer(d.getIssuerId()).nameOn(d.getDecidedOn());
		return name.getName() + (name.getParentName() == null ? "" : " " + name.getParentName());
	}

	/** "QĐ 125-QĐ-BDVHU.docx" for an issued decision, "du-thao-QĐ-7.docx" for a draft. */
	public String fileName(Decision d, String extension) {
		String base = d.getNumber() == null ? "Du thao quyet dinh " + d.getId() : "Quyet dinh " + d.getNumber();
		String ascii = Normalizer.normalize(base.replace('/', '-').replace('Đ', 'D').replace('đ', 'd'),
				Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return ascii + "." + extension;
	}

}
