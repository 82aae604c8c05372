/**
 * The public portal: news articles with their revisions and images, moderated reader comments,
 * accent-insensitive search, view counting, RSS and sitemap.
 */
@ApplicationModule(displayName = "Cổng thông tin", allowedDependencies = "platform")
package danvan.portal;

import org.springframework.modulith.ApplicationModule;
