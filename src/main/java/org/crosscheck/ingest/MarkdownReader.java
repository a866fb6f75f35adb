package org.crosscheck.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code .md} file and keeps what a reader of the rendered page sees: heading marks, emphasis, list and
 * quote markers, code fences and rules go; links and images become their text; the wording stays as written.
 */
public final class MarkdownReader implements DocumentReader {

    private static final Pattern FENCE = Pattern.compile("^[ \\t]{0,3}(```|~~~).*$", Pattern.MULTILINE);
    private static final Pattern RULE = Pattern.compile("^[ \\t]{0,3}([-*_])([ \\t]*\\1){2,}[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^(?<=\\S[^\\n]{0,500}\\n)[ \\t]{0,3}(=+|-+)[ \\t]*$",
            Pattern.MULTILINE);
    private static final Pattern ATX_HEADING = Pattern.compile("^[ \\t]{0,3}#{1,6}[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$",
            Pattern.MULTILINE);
    private static final Pattern BLOCK_QUOTE = Pattern.compile("^[ \\t]{0,3}(?:>[ \\t]?)+", Pattern.MULTILINE);
    private static final Pattern LIST_MARKER = Pattern.compile("^([ \\t]*)[-*+][ \\t]+", Pattern.MULTILINE);
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^[ \\t]{0,3}\\[[^\\]]+]:\\s+\\S+.*$\\n?",
            Pattern.MULTILINE);
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern INLINE_LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS_STAR = Pattern.compile("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])");
    private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile("(?<![\\w_])_(?=\\S)(.+?)(?<=\\S)_(?![\\w_])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern CODE_SPAN = Pattern.compile("`+([^`]+)`+");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>\\n]*>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>])");

    @Override
    public ExtractedDocument read(byte[] content) throws UnreadableDocumentException {
        return ExtractedDocument.plain(toPlainText(TextDecoder.decode(content).text()));
    }

    /** The text of Markdown source without its markup. */
    public static String toPlainText(String markdown) {
        var text = markdown.replace("\r\n", "\n").replace('\r', '\n');
        text = FENCE.matcher(text).replaceAll("");
        text = SETEXT_UNDERLINE.matcher(text).replaceAll("");
        text = RULE.matcher(text).replaceAll("");
        text = ATX_HEADING.matcher(text).replaceAll("$1");
        text = BLOCK_QUOTE.matcher(text).replaceAll("");
        text = LIST_MARKER.matcher(text).replaceAll("$1");
        text = REFERENCE_DEFINITION.matcher(text).replaceAll("");
        text = keepGroup(IMAGE, text);
        text = keepGroup(INLINE_LINK, text);
        text = keepGroup(REFERENCE_LINK, text);
        text = keepGroup(AUTOLINK, text);
        text = keepGroup(CODE_SPAN, text);
        text = keepLastGroup(STRONG, text);
        text = keepGroup(EMPHASIS_STAR, text);
        text = keepGroup(EMPHASIS_UNDERSCORE, text);
        text = keepGroup(STRIKE, text);
        text = HTML_TAG.matcher(text).replaceAll("");
        return keepGroup(ESCAPE, text);
    }

    private static String keepGroup(Pattern pattern, String text) {
        return pattern.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
    }

    private static String keepLastGroup(Pattern pattern, String text) {
        return pattern.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(match.groupCount())));
    }
}
