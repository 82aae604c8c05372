/**
 * The registry of every award granted (and revoked), searchable without diacritics. Internal to the module.
 */
package danvan.commendation.registry;
