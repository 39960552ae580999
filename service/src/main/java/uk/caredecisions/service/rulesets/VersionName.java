package uk.caredecisions.service.rulesets;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.common.InvalidRequestException;

/**
 * A rule-set version names a store folder, so it is kept to what every file system takes as an
 * ordinary folder name: up to 40 letters, digits, dots, hyphens and underscores, starting with a
 * letter or digit, not ending with a dot, and not a Windows device name (CON, NUL, COM1...).
 */
final class VersionName {

    static final Pattern PATTERN = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,39}");
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "CLOCK$",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private VersionName() {}

    static boolean isSafe(String version) {
        if (version == null || !PATTERN.matcher(version).matches() || version.endsWith(".")) {
            return false;
        }
        int dot = version.indexOf('.');
        String stem = (dot < 0 ? version : version.substring(0, dot)).toUpperCase(Locale.ROOT);
        return !DEVICES.contains(stem);
    }

    /** The version, trimmed, or a 400 naming {@code field}. */
    static String check(String field, String version) {
        String trimmed = version == null ? null : version.trim();
        if (!isSafe(trimmed)) {
            throw new InvalidRequestException(List.of(new FieldError(field,
                    "Give a version of at most 40 letters, digits, dots, hyphens or underscores, starting with a letter or digit "
                            + "and not a device name such as CON or NUL, like 2026.12.1.")));
        }
        return trimmed;
    }
}
