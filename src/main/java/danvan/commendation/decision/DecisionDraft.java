package danvan.commendation.decision;

import java.time.LocalDate;

import danvan.platform.documents.SigningAuthority;

/** What an officer writes on a draft decision; grounds, articles and recipients one per line. */
public record DecisionDraft(Long issuerId, String title, LocalDate date, String grounds, String proposal,
		String articles, String signerName, String signerTitle, SigningAuthority signerAuthority,
		String signerOnBehalf, String recipientsTo) {
}
