/**
 * Certificates (giấy khen, bằng khen) of an issued decision as print-ready PDF: only the text at the blank's exact
 * size for pre-printed blanks (in phôi), or the whole design on plain paper; blank profiles as data with field
 * positions and a per-printer calibration offset, and a test page to align it. Internal to the module.
 */
package danvan.commendation.certificate;
