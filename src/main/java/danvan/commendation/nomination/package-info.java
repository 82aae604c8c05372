/**
 * Nominations (hồ sơ đề nghị): candidates, dossier files, the workflow from draft to decided with its history. Internal to the module.
 */
package danvan.commendation.nomination;
