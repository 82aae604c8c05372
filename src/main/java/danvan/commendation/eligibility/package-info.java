/**
 * Eligibility rules as data (service years, required awards, once per person, not posthumous, quotas) and their evaluation with the figures behind every pass or fail. Internal to the module.
 */
package danvan.commendation.eligibility;
