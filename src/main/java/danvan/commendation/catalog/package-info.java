/**
 * The catalogue: issuers with their name history, terms and default signers; award types with prize coefficients and the base-salary table, all with effective dates. Internal to the module.
 */
package danvan.commendation.catalog;
