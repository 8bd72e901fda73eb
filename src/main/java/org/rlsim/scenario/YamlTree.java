package org.rlsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML text into {@link Node}s with Jackson's streaming parser, which gives each key and value its
 * own line and column (data binding would report mistakes at the end of the enclosing mapping).
 *
 * <p>Rejected here, each with a one-line message: tabs in indentation, YAML syntax errors (translated
 * from SnakeYAML's wording), an empty document, more than one document, duplicate keys, and anchors
 * and aliases ({@code &name}, {@code *name}). Jackson does not expand aliases but passes the anchor's name
 * on as if it were the value, which would be silently wrong; refusing them also rules out "alias bombs".
 */
final class YamlTree {
    /** How the parser names a tag written {@code !!name}: YAML's core tag prefix. */
    private static final String CORE_TAGS = "tag:yaml.org,2002:";

    /** Most nested levels accepted; a scenario needs 6, the rest is headroom for flow-style lists. */
    private static final int MAX_NESTING = 20;

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();

    private YamlTree() {
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        // Defence in depth: ScenarioLoader already refuses texts over 1 MiB and YamlTree refuses aliases.
        options.setCodePointLimit(ScenarioLoader.MAX_CHARS);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_NESTING);
        return options;
    }

    /**
     * Reads one YAML document whose top level is a mapping.
     *
     * @param text   the file's text
     * @param source file name for messages
     */
    static Node.Mapping read(String text, String source) throws ScenarioException {
        rejectInvisibleLineBreaks(text, source);
        rejectTabIndentation(text, source);
        rejectDirectives(text, source);
        try (YAMLParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new ScenarioException(source, "the file is empty",
                        "a scenario needs at least 'title', 'patient', 'duration' and 'arms' (see docs/scenario-format.md)");
            }
            Node root = new YamlTree.Reader(parser, source, text).value();
            if (parser.nextToken() != null) {
                throw position(parser, source).error("a second YAML document starts here (after '---')",
                        "keep one scenario per file and remove the '---' line");
            }
            if (root instanceof Node.Mapping mapping) {
                return mapping;
            }
            throw root.at().error("the top level of the file is " + root.kind() + ", not 'key: value' lines",
                    "start the file with keys such as 'title: ...' and 'patient: ...' (see docs/scenario-format.md)");
        } catch (IOException e) {
            throw syntaxError(e, text, source);
        }
    }

    /**
     * SnakeYAML (YAML 1.1) also breaks lines at U+0085, U+2028 and U+2029, which editors do not show as
     * line breaks: its messages would then point at the wrong line, or complain about something else.
     */
    private static void rejectInvisibleLineBreaks(String text, String source) throws ScenarioException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                throw at(text, i, source).error(String.format("the file contains the invisible line break U+%04X,"
                        + " which YAML counts as a new line although editors do not show one", (int) c),
                        "delete it (it often comes with text copied from another program)");
            }
        }
    }

    /**
     * {@code %YAML} and {@code %TAG} directives (lines starting with '%' before the document) change how
     * the file is read; they are not part of the scenario format, and the parser would accept them silently.
     */
    private static void rejectDirectives(String text, String source) throws ScenarioException {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("%")) {
                String name = line.split("\\s", 2)[0];
                throw new Position(source, i + 1, 1).error("the YAML directive '" + ScenarioException.oneLine(name)
                        + "' is not supported", "delete this line (a scenario file starts directly with its keys)");
            }
            if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                return;
            }
        }
    }

    /** YAML forbids tabs in indentation; SnakeYAML's own message for them is confusing. */
    private static void rejectTabIndentation(String text, String source) throws ScenarioException {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (int c = 0; c < line.length() && (line.charAt(c) == ' ' || line.charAt(c) == '\t'); c++) {
                if (line.charAt(c) == '\t') {
                    throw new Position(source, i + 1, c + 1).error("a tab is used for indentation",
                            "indent with spaces only (YAML does not allow tabs)");
                }
            }
        }
    }

    private static Position position(JsonParser parser, String source) {
        JsonLocation at = parser.currentTokenLocation();
        return new Position(source, at.getLineNr(), at.getColumnNr());
    }

    /**
     * Builds nodes from the token stream; the parser stands on the first token of a value.
     *
     * @param text the whole text, to locate characters inside single values
     */
    private record Reader(YAMLParser parser, String source, String text) {

        Node value() throws IOException, ScenarioException {
            Position at = position(parser, source);
            if (parser.getObjectId() != null || parser.isCurrentAlias()) {
                throw at.error("anchors and aliases ('&name', '*name') are not supported",
                        "write the value out in full where it is needed");
            }
            String tag = parser.getTypeId();
            if (tag != null) {
                String written = tag.startsWith(CORE_TAGS) ? "!!" + tag.substring(CORE_TAGS.length()) : "!" + tag;
                throw at.error("YAML tags ('" + ScenarioException.oneLine(written) + "') are not supported",
                        "delete the tag and write the value itself, e.g. 'dose: 65 mg'");
            }
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT) {
                return mapping(at);
            }
            if (token == JsonToken.START_ARRAY) {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value());
                }
                return new Node.Sequence(items, at);
            }
            if (token == JsonToken.VALUE_NULL) {
                return new Node.Scalar("", at);
            }
            String value = parser.getText();
            return new Node.Scalar(value, at, shift(value));
        }

        /**
         * Columns from the start of the current single value to its first character when the value stands
         * in the text exactly as read, on one line: 0 when plain, 1 inside quotes; otherwise -1.
         */
        private int shift(String value) {
            long start = parser.currentTokenLocation().getCharOffset();
            long end = parser.currentLocation().getCharOffset();
            if (start < 0 || end > text.length() || start > end) {
                return -1;
            }
            String written = text.substring((int) start, (int) end);
            if (written.equals(value) && value.indexOf('\n') < 0) {
                return 0;
            }
            boolean quoted = written.length() == value.length() + 2 && written.substring(1, written.length() - 1).equals(value);
            return quoted && written.indexOf('\n') < 0 ? 1 : -1;
        }

        private Node mapping(Position at) throws IOException, ScenarioException {
            List<Node.Entry> entries = new ArrayList<>();
            Map<String, Position> seen = new HashMap<>();
            while (parser.nextToken() != JsonToken.END_OBJECT) {
                String key = parser.currentName();
                Position keyAt = position(parser, source);
                Position first = seen.putIfAbsent(key, keyAt);
                if (first != null) {
                    throw keyAt.error("'" + key + "' is given twice (first on line " + first.line() + ")",
                            "keep only one of them");
                }
                parser.nextToken();
                entries.add(new Node.Entry(key, keyAt, value()));
            }
            return new Node.Mapping(entries, at);
        }
    }

    /** Translates a YAML syntax error into one line for people, at the place that needs fixing. */
    private static ScenarioException syntaxError(IOException e, String text, String source) {
        if (cause(e, ReaderException.class) instanceof ReaderException bad) {
            return at(text, bad.getPosition(), source).error(String.format(
                    "the file contains the invisible control character U+%04X, which YAML does not allow", bad.getCodePoint()),
                    "delete it (it often comes with text copied from another program)");
        }
        if (!(cause(e, MarkedYAMLException.class) instanceof MarkedYAMLException yaml)) {
            return jacksonError(e, source);
        }
        String problem = yaml.getProblem() == null ? "" : yaml.getProblem();
        String context = yaml.getContext() == null ? "" : yaml.getContext();
        Position at = at(yaml.getProblemMark(), source);
        Position opened = yaml.getContextMark() == null ? at : at(yaml.getContextMark(), source);
        if (context.contains("quoted scalar")) {
            return opened.error("the quote that starts here is never closed", "add the closing quote");
        }
        if (context.contains("anchor") || context.contains("alias")) {
            return at.error("'&' and '*' start anchors and aliases, which are not supported",
                    "put quotes around a value that starts with & or *");
        }
        if (context.contains("tag") || context.contains("directive")) {
            return at.error("'!' and '%' start YAML tags and directives, which are not supported",
                    "put quotes around a value that starts with ! or %");
        }
        if (context.contains("block scalar")) {
            return at.error("after '|' or '>' the text must start on the next line",
                    "move the text to the next line and indent it");
        }
        if (problem.contains("<stream end>") || problem.contains("end of stream")) {
            if (yaml.getContextMark() == null || context.contains("flow node")) {
                // SnakeYAML did not say where the value starts ("flow node": its mark is where the missing
                // value should be, e.g. after an unclosed '['): point at the end of the file, and say so.
                return at.error("the file ends here, before the last value is complete", "complete the value or remove it");
            }
            return opened.error("the file ends before the value that starts here is complete",
                    "complete the value or remove it");
        }
        if (context.contains("flow sequence")) {
            return opened.error("the list that starts here with '[' is not closed properly",
                    "separate the items with commas and end the list with ']'");
        }
        if (context.contains("flow mapping")) {
            return opened.error("the mapping that starts here with '{' is not closed properly",
                    "separate the entries with commas and end it with '}'");
        }
        if (problem.contains("mapping values are not allowed")) {
            return at.error("unexpected ':' here",
                    "line this key up with the keys above it, or put quotes around a value that contains ': '");
        }
        if (problem.contains("sequence entries are not allowed")) {
            return at.error("a '-' list item is not allowed here", "put each '-' item on its own line, indented below its key");
        }
        if (problem.contains("could not find expected ':'")) {
            return opened.error("this line is not a 'key: value' line", "add ':' after the key, or check the indentation");
        }
        if (problem.startsWith("expected the node content")) {
            String found = problem.substring(problem.indexOf("found ") + "found ".length());
            return at.error("expected a value here, found " + found,
                    "write the value, or put quotes around text that contains " + found);
        }
        if (problem.contains("found '<scalar>'")) {
            return at.error("unexpected text after the value", "put the whole value in quotes, or start a comment with ' #'");
        }
        if (problem.startsWith("expected <block end>")) {
            return at.error("this line is not indented like the lines above it",
                    "line it up with the other keys (or '-' items) of the same level");
        }
        if (problem.contains("<document start>")) {
            return at.error("the file goes on after its top-level value has ended",
                    "make the whole file 'key: value' lines (see docs/scenario-format.md)");
        }
        if (problem.contains("cannot start any token")) {
            return at.error("a value cannot start with '" + problem.charAt(problem.indexOf('\'') + 1) + "'",
                    "put quotes around the value");
        }
        return at.error("the file is not valid YAML here (" + problem.replaceAll("\\s+", " ") + ")",
                "check this line and the one above it against docs/scenario-format.md");
    }

    /** A mistake found by Jackson rather than SnakeYAML: too deep nesting, a key that is not a name. */
    private static ScenarioException jacksonError(IOException e, String source) {
        if (e instanceof StreamConstraintsException) {
            return new ScenarioException(source, "lists and mappings are nested more than " + MAX_NESTING + " levels deep",
                    "a scenario needs at most 6 levels; check the indentation and brackets");
        }
        JsonLocation where = e instanceof JsonProcessingException j ? j.getLocation() : null;
        if (where == null) {
            return new ScenarioException(source, "the file cannot be read as YAML (" + e.getMessage() + ")",
                    "check it against docs/scenario-format.md");
        }
        Position at = new Position(source, where.getLineNr(), where.getColumnNr());
        String problem = ((JsonProcessingException) e).getOriginalMessage();
        if (problem.startsWith("Expected a field name")) {
            return at.error("a key here is a list or mapping", "write each key as a plain name followed by ':'");
        }
        return at.error("the file is not valid YAML here (" + problem + ")", "check it against docs/scenario-format.md");
    }

    private static Throwable cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    /** The position of the character at {@code index} of {@code text}. */
    private static Position at(String text, int index, String source) {
        String before = text.substring(0, Math.min(index, text.length()));
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        return new Position(source, line, before.length() - before.lastIndexOf('\n'));
    }

    private static Position at(Mark mark, String source) {
        return new Position(source, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
