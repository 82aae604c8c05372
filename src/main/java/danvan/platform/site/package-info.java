/**
 * The site's identity as every module reads it (who owns the installation, its names, contacts and print
 * place), and the event telling caches it changed. The {@code site} module keeps and edits it.
 */
package danvan.platform.site;
