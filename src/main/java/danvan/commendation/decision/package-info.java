/**
 * Decisions: drafts, gap-free numbering per issuer, type and period, issue, amendment and revocation, and their DOCX/PDF through platform.documents. Internal to the module.
 */
package danvan.commendation.decision;
