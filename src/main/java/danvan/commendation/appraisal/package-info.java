/** Officials' yearly quality ratings and disciplinary actions: what the rating and discipline rules of an award read. */
package danvan.commendation.appraisal;
