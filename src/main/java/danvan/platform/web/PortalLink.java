package danvan.platform.web;

/**
 * An entry a module adds to the public portal's menu, after the news categories (the emulation results, for
 * instance). Declare a bean of this type in the module; the label comes from {@code messageKey}.
 */
public record PortalLink(String path, String messageKey) {
}
