/**
 * The lifecycle: implementing and launched, evaluated against the criteria, recognised at a level, replicated,
 * improved (nâng chất), carried into the next stage or discontinued; an exemplar's dossier for its page; the
 * evaluation due dates on the shared calendar. Internal to the module.
 */
package danvan.exemplar.lifecycle;
