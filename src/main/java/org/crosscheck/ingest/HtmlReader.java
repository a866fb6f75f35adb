package org.crosscheck.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an {@code .html}/{@code .htm} page with jsoup (which copes with broken markup) and keeps the text a reader
 * sees: scripts, styles, navigation, forms and hidden parts go; every block (paragraph, heading, list item, table
 * row) becomes its own paragraph, separated by a blank line. When the page marks its article's body (an
 * {@code <article>}, {@code itemprop=articleBody}, a "story-body"), only the body, its headline and what stands
 * between them are kept, and the page's other stories (menus, tickers, "most read", "related", share buttons) go:
 * their headlines would otherwise read as attacks the article reports. The page's meta tags (site name, title, publication
 * time, or the article's first {@code <time datetime>}) are passed on as {@link EmbeddedMetadata}.
 */
public final class HtmlReader implements DocumentReader {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
    private static final int CHARSET_SNIFF_BYTES = 4096;
    private static final String INVISIBLE = "script, style, noscript, template, nav, form, button, select, iframe, "
            + "svg, canvas, object, embed, [hidden], [aria-hidden=true], [style~=display:\\s*none]";
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "div", "dl",
            "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
            "ol", "p", "pre", "section", "table", "tr", "ul", "caption", "summary", "details", "body");

    /** Where pages put their article's text, the most specific markers first. */
    private static final List<String> ARTICLE_BODY = List.of("[itemprop=articleBody], .article-body, .article__body, "
            + ".story-body, .entry-content, .post-content, #article-body, .article-content", "article", "main");
    /** An article body shorter than this is taken for a teaser, and the whole page is read. */
    private static final int MIN_BODY_CHARS = 300;
    /** Class or id words of the parts of a page that are not its article. */
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)(?:^|[\\s_-])(?:related|sidebar|recommended"
            + "|recommendations?|most-?read|most-?popular|popular|newsletter|subscribe|subscription|comments?|share"
            + "|sharing|social|breadcrumbs?|cookies?|promo|advert|adverts|advertisement|ads?|outbrain|taboola|ticker"
            + "|more-stories|read-?more|tags|menu|masthead|widget|trending|most-?viewed|latest|also-?read|more-?news"
            + "|footer)(?:[\\s_-]|$)");
    /** A paragraph that is nothing but a link to another story ("Two drones downed over Tanf" as a link). */
    private static final int MAX_LINK_PARAGRAPH_CHARS = 200;

    @Override
    public ExtractedDocument read(byte[] content) throws UnreadableDocumentException {
        var html = TextDecoder.decode(content, declaredCharset(content)).text();
        var document = Jsoup.parse(html);
        var embedded = embeddedMetadata(document);
        removeInvisible(document);
        return new ExtractedDocument(visibleText(articleRoot(document)), embedded);
    }

    /**
     * The part of the page to read: the article's body with its headline (their nearest common ancestor), or the whole
     * page when it marks no body; either way without the parts whose class or id names them boilerplate.
     */
    private static Element articleRoot(Document document) {
        if (document.body() == null) {
            return null;
        }
        Element articleBody = null;
        int bodyLength = MIN_BODY_CHARS - 1;
        for (var markers : ARTICLE_BODY) {
            for (var candidate : document.select(markers)) {
                int length = candidate.text().length();
                if (length > bodyLength) {
                    articleBody = candidate;
                    bodyLength = length;
                }
            }
            if (articleBody != null) {
                break;
            }
        }
        var root = document.body();
        if (articleBody != null) {
            root = articleBody;
            var headline = document.selectFirst("h1");
            if (headline != null && !articleBody.equals(headline) && !headline.parents().contains(articleBody)) {
                var ancestors = articleBody.parents();
                var common = headline.parents().stream().filter(ancestors::contains).findFirst();
                root = common.orElse(document.body());
            }
        }
        var keep = articleBody == null ? root : articleBody;
        var reading = root;
        root.select("[class], [id]").stream()
                .filter(element -> BOILERPLATE.matcher(element.className()).find()
                        || BOILERPLATE.matcher(element.id()).find())
                .filter(element -> !element.equals(reading) && !element.equals(keep) && !keep.parents().contains(element))
                .forEach(Element::remove);
        root.select("p, li").stream()
                .filter(block -> !block.text().isBlank() && block.text().length() <= MAX_LINK_PARAGRAPH_CHARS
                        && block.select("a").text().strip().equals(block.text().strip()))
                .forEach(Element::remove);
        return root;
    }

    /** The charset named by a {@code <meta charset>} or {@code http-equiv} tag near the top, if Java knows it. */
    static Charset declaredCharset(byte[] content) {
        var head = new String(content, 0, Math.min(content.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        var matcher = META_CHARSET.matcher(head);
        if (!matcher.find()) {
            return null;
        }
        try {
            return Charset.forName(matcher.group(1).trim());
        } catch (IllegalArgumentException unknownCharset) {
            return null;
        }
    }

    private static EmbeddedMetadata embeddedMetadata(Document document) {
        var title = firstNonBlank(meta(document, "og:title"), document.title());
        var published = firstNonBlank(meta(document, "article:published_time"), meta(document, "datePublished"),
                meta(document, "date"), meta(document, "dc.date"), meta(document, "pubdate"),
                document.select("time[pubdate][datetime], article time[datetime], header time[datetime]")
                        .attr("datetime"));
        return new EmbeddedMetadata(meta(document, "og:site_name"), title, published);
    }

    private static String meta(Document document, String name) {
        for (var element : document.select("meta[content]")) {
            var key = firstNonBlank(element.attr("property"), element.attr("name"), element.attr("itemprop"));
            if (key != null && key.equalsIgnoreCase(name)) {
                var value = element.attr("content").strip();
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (var value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** Drops what is never shown, and page headers and footers that sit outside the article itself. */
    private static void removeInvisible(Document document) {
        document.select(INVISIBLE).remove();
        for (var element : document.select("header, footer, aside")) {
            if (element.closest("article, main") == null) {
                element.remove();
            }
        }
    }

    private static String visibleText(Element body) {
        if (body == null) {
            return "";
        }
        var text = new VisibleText();
        body.traverse(text);
        return text.toString();
    }

    /** Collects text nodes with collapsed white space, opening a new paragraph at each block boundary. */
    private static final class VisibleText implements NodeVisitor {

        private final StringBuilder out = new StringBuilder();
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                appendText(preDepth > 0 ? textNode.getWholeText() : collapse(textNode.getWholeText()));
            } else if (node instanceof Element element) {
                var tag = element.normalName();
                if ("br".equals(tag)) {
                    trimTrailingSpace();
                    out.append('\n');
                } else if (isBlock(tag)) {
                    paragraphBreak();
                } else if ("td".equals(tag) || "th".equals(tag)) {
                    appendText(" ");
                } else if ("img".equals(tag) && element.hasAttr("alt") && !element.attr("alt").isBlank()) {
                    appendText(element.attr("alt").strip());
                }
                if ("pre".equals(tag)) {
                    preDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                var tag = element.normalName();
                if ("pre".equals(tag)) {
                    preDepth--;
                }
                if (isBlock(tag)) {
                    paragraphBreak();
                }
            }
        }

        private static boolean isBlock(String tag) {
            return BLOCKS.contains(tag.toLowerCase(Locale.ROOT));
        }

        private static String collapse(String text) {
            return text.replaceAll("[\\s\\u00A0]+", " ");
        }

        private void appendText(String text) {
            if (text.isEmpty()) {
                return;
            }
            var atLineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
            if (text.startsWith(" ") && (atLineStart || out.charAt(out.length() - 1) == ' ')) {
                text = text.stripLeading();
            }
            out.append(text);
        }

        private void trimTrailingSpace() {
            while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
        }

        private void paragraphBreak() {
            trimTrailingSpace();
            if (out.length() == 0) {
                return;
            }
            if (out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') {
                out.append('\n');
            }
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
