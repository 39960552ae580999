package uk.caredecisions.service.rulesets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.common.InvalidRequestException;
import uk.caredecisions.engine.RuleSetSource;
import uk.caredecisions.rulesets.RuleSetBundle;

/**
 * Uploaded workbooks read from multipart parts. Each mistake is a 400 naming the part: a missing
 * part, an empty file, a file name that is not a plain workbook name (a folder, {@code /},
 * {@code ..}). Each workbook is counted against the limits before anything is built.
 */
@Component
public class Uploads {

    /** A file name as stored: no folder, no leading dot, letters, digits, dots, hyphens and underscores. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

    private final BoundedChecks checks;

    public Uploads(BoundedChecks checks) {
        this.checks = checks;
    }

    /** Workbooks (or zips of workbooks) sent in {@code part}; none when {@code required} is false and nothing was sent. */
    public Map<String, byte[]> workbooks(String part, List<MultipartFile> files, boolean required, LocalDate today) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        if (files == null || files.isEmpty()) {
            if (required) {
                throw new InvalidRequestException(List.of(new FieldError(part,
                        "Required: send at least one *.drl.xlsx workbook in the part '" + part + "'.")));
            }
            return out;
        }
        for (MultipartFile file : files) {
            String name = fileName(part, file);
            byte[] bytes = bytes(part, file);
            if (name.endsWith(".zip")) {
                out.putAll(bundle(part, bytes, today).workbooks());
            } else if (out.put(name, bytes) != null) {
                throw new InvalidRequestException(List.of(new FieldError(part, "Two uploads are named " + name + ".")));
            }
        }
        checks.check(out);
        return out;
    }

    /** A complete rule set sent as one zip in {@code part}. */
    public RuleSetSource bundle(String part, MultipartFile file, LocalDate today) {
        fileName(part, file);
        return bundle(part, bytes(part, file), today);
    }

    private RuleSetSource bundle(String part, byte[] zip, LocalDate today) {
        RuleSetSource source;
        try {
            source = RuleSetBundle.read(zip, "uploaded", today);
        } catch (RuleSetBundle.BundleException e) {
            throw new InvalidRequestException(List.of(new FieldError(part, e.getMessage())));
        }
        checks.check(source.workbooks());
        return source;
    }

    /** The upload's own file name; anything with a folder in it is refused rather than cut down. */
    static String fileName(String part, MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException(List.of(new FieldError(part, "Each upload needs its file name, like adult-eligibility.drl.xlsx.")));
        }
        if (!FILE_NAME.matcher(name).matches()) {
            throw new InvalidRequestException(List.of(new FieldError(part, "'" + printable(name)
                    + "' is not a usable file name: letters, digits, dots, hyphens and underscores with no folder, like adult-eligibility.drl.xlsx.")));
        }
        return name;
    }

    private static byte[] bytes(String part, MultipartFile file) {
        if (file.isEmpty()) {
            throw new InvalidRequestException(List.of(new FieldError(part, "The file " + printable(String.valueOf(file.getOriginalFilename())) + " is empty.")));
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** At most 60 characters, control characters shown as '?', so a name can be echoed safely. */
    static String printable(String text) {
        String cut = text.length() > 60 ? text.substring(0, 60) + "..." : text;
        return cut.chars().map(c -> c < 0x20 || c == 0x7f ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
