package dev.agentworkbench.memory;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * basic-memory's slugger ({@code generate_permalink}) and file naming ({@code
 * sanitize_for_filename}, {@code sanitize_for_directory}), reproduced rule for rule.
 */
public final class Permalinks {
  private static final Set<String> KNOWN_EXTENSIONS =
      Set.of(
          "md",
          "markdown",
          "txt",
          "html",
          "htm",
          "json",
          "pdf",
          "png",
          "jpg",
          "jpeg",
          "gif",
          "svg",
          "csv",
          "xml",
          "yaml",
          "yml",
          "py",
          "js",
          "css",
          "zip",
          "mp3",
          "mp4",
          "webp",
          "canvas",
          "sh",
          "c",
          "h",
          "java",
          "rst",
          "tex",
          "doc",
          "docx",
          "xls",
          "xlsx",
          "ppt",
          "pptx",
          "wav",
          "ico",
          "bmp",
          "tif",
          "tiff",
          "tar",
          "gz",
          "toml",
          "ini");
  private static final String CJK = "\\u4e00-\\u9fff\\u3000-\\u303f\\u3400-\\u4dbf";
  private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
  private static final Pattern CJK_THEN_LATIN = Pattern.compile("([" + CJK + "])([a-zA-Z0-9])");
  private static final Pattern LATIN_THEN_CJK = Pattern.compile("([a-zA-Z0-9])([" + CJK + "])");
  private static final Pattern UNSAFE_CJK = Pattern.compile("[^a-z0-9" + CJK + "/\\-.]");
  private static final Pattern UNSAFE = Pattern.compile("[^a-z0-9/\\-.]");
  private static final Pattern DASHES = Pattern.compile("-+");

  private Permalinks() {}

  /** The permalink part basic-memory makes from a project-relative path (or any text). */
  public static String slug(String path) {
    String posix = path.replace('\\', '/');
    String base = stripKnownExtension(posix);
    String clean = hasCjk(base) ? cjkSlug(base) : asciiSlug(base);
    clean = DASHES.matcher(clean).replaceAll("-");
    String[] segments = clean.split("/", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        out.append('/');
      }
      out.append(stripDashes(segments[i]));
    }
    return out.toString();
  }

  /**
   * An observation's permalink as basic-memory's search index makes it: the note's, then {@code
   * observations/<category>/<the first 200 characters of the content>}, slugged.
   */
  public static String ofObservation(String notePermalink, String category, String content) {
    return slug(
        notePermalink
            + "/observations/"
            + category
            + "/"
            + content.substring(0, Math.min(200, content.length())).replace('/', ' '));
  }

  /**
   * An observation's permalink as basic-memory's context service makes it for build_context: the
   * note's, then {@code observations/<category>/<content>}, the whole content, slugged.
   */
  public static String ofObservationInContext(
      String notePermalink, String category, String content) {
    return slug(notePermalink + "/observations/" + category + "/" + content);
  }

  /** A relation's permalink as basic-memory's search index makes it: note, type, target. */
  public static String ofRelation(String notePermalink, String type, String target) {
    return (notePermalink + "/" + slug(type) + "/" + slug(target.replace('/', ' ')))
        .toLowerCase(java.util.Locale.ROOT);
  }

  /** The canonical permalink for a new note: {@code <project-slug>/<path-slug>} when prefixed. */
  public static String canonical(String projectName, String filePath, boolean includeProject) {
    String slug = slug(filePath);
    if (!includeProject) {
      return slug;
    }
    String project = slug(projectName);
    // a path that already starts with the project's slug is not prefixed twice (basic-memory's
    // build_canonical_permalink)
    return slug.equals(project) || slug.startsWith(project + "/") ? slug : project + "/" + slug;
  }

  /** The file name basic-memory gives a note with this title ({@code .md} added). */
  public static String fileName(String title, boolean kebab) {
    String name = title.replace('/', '-').replace('\\', '-').replaceAll("[<>:\"|?*]", "-");
    name = DASHES.matcher(name).replaceAll("-");
    name = strip(strip(name, '.'), '-');
    if (kebab) {
      name = slug(name);
    }
    return name + ".md";
  }

  /** A folder argument cleaned as basic-memory does; "" is the project root. */
  public static String directory(String folder) {
    String d = folder.strip();
    if (d.startsWith("./")) {
      d = d.substring(2);
    }
    d = d.replaceAll("[^\\p{IsAlphabetic}\\p{IsDigit}. \\-_/\\\\]", "");
    d = d.replace('\\', '/').replaceAll("/+", "/");
    return strip(d, '/');
  }

  /** The project-relative path of a note with this title in this folder. */
  public static String filePath(String folder, String title, boolean kebab) {
    String dir = directory(folder);
    String name = fileName(title, kebab);
    return dir.isEmpty() ? name : dir + "/" + name;
  }

  private static String stripKnownExtension(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    if (dot > slash + 1) {
      String ext = path.substring(dot + 1).toLowerCase(Locale.ROOT);
      if (KNOWN_EXTENSIONS.contains(ext)) {
        return path.substring(0, dot);
      }
    }
    return path;
  }

  static boolean hasCjk(String text) {
    return text.chars().anyMatch(c -> isCjk(c) || (c >= 0xff00 && c <= 0xffef));
  }

  private static boolean isCjk(int c) {
    return (c >= 0x4e00 && c <= 0x9fff)
        || (c >= 0x3000 && c <= 0x303f)
        || (c >= 0x3400 && c <= 0x4dbf);
  }

  private static String cjkSlug(String base) {
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < base.length(); i++) {
      char c = base.charAt(i);
      if (isCjk(c)) {
        kept.append(c);
      } else if (c < 0xff00 || c > 0xffef) {
        kept.append(Transliteration.toAscii(String.valueOf(c)));
      }
    }
    String s = CJK_THEN_LATIN.matcher(kept).replaceAll("$1-$2");
    s = LATIN_THEN_CJK.matcher(s).replaceAll("$1-$2");
    s = CAMEL.matcher(s).replaceAll("$1-$2");
    StringBuilder lower = new StringBuilder();
    for (char c : s.toCharArray()) {
      lower.append(c < 128 && Character.isLetter(c) ? Character.toLowerCase(c) : c);
    }
    String t = lower.toString().replace('_', '-').replace("'", "");
    return UNSAFE_CJK.matcher(t).replaceAll("-");
  }

  private static String asciiSlug(String base) {
    String s = CAMEL.matcher(Transliteration.toAscii(base)).replaceAll("$1-$2");
    s = s.toLowerCase(Locale.ROOT).replace('_', '-').replace("'", "");
    return UNSAFE.matcher(s).replaceAll("-");
  }

  private static String stripDashes(String segment) {
    return strip(segment, '-');
  }

  private static String strip(String s, char c) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == c) {
      start++;
    }
    while (end > start && s.charAt(end - 1) == c) {
      end--;
    }
    return s.substring(start, end);
  }
}
