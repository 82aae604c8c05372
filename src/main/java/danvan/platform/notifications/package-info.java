/**
 * One inbox per person: a module posts a {@link danvan.platform.notifications.Notice} to accounts or to a role's
 * holders over a unit ({@link danvan.platform.notifications.Addressees}); the account module answers who they
 * are ({@link danvan.platform.notifications.RecipientDirectory}). In-app list at /notifications, unread count in
 * the header, e-mail after commit when SMTP is configured.
 */
package danvan.platform.notifications;
