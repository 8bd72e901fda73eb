package org.rlsim.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Standard output for text that comes from scenario files and file names ({@code validate}, {@code list},
 * {@code describe}): characters a terminal would act on are shown instead, as {@code <U+001B>} (control
 * characters other than line breaks and tabs, bidirectional overrides), and a line longer than
 * {@value #MAX_LINE} characters is cut, saying how much was left out. The scenario loader already refuses
 * such characters in texts; this keeps file names and anything else printed safe too.
 */
final class TerminalWriter extends FilterWriter {
    /** Longest line printed whole, characters: far longer than any line rlsim writes for valid files. */
    static final int MAX_LINE = 1000;

    private int column;
    private long cut;
    private boolean pendingCarriageReturn;

    private TerminalWriter(Writer out) {
        super(out);
    }

    /** A print writer that sanitises what it prints onto {@code out}, flushing on every line like a console. */
    static PrintWriter around(PrintWriter out) {
        return new PrintWriter(new TerminalWriter(out), true);
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            put(text.charAt(i));
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    private void put(char c) throws IOException {
        if (pendingCarriageReturn) {
            pendingCarriageReturn = false;
            if (c == '\n') {
                endLine("\r\n");
                return;
            }
            visible("<U+000D>");
        }
        if (c == '\r') {
            pendingCarriageReturn = true;
        } else if (c == '\n') {
            endLine("\n");
        } else if (c != '\t' && Character.isISOControl(c) || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
            visible(String.format("<U+%04X>", (int) c));
        } else {
            visible(String.valueOf(c));
        }
    }

    private void visible(String text) throws IOException {
        if (column >= MAX_LINE) {
            cut += text.length();
            return;
        }
        out.write(text);
        column += text.length();
    }

    private void endLine(String separator) throws IOException {
        if (cut > 0) {
            out.write(" … (" + cut + " more characters left out)");
        }
        out.write(separator);
        column = 0;
        cut = 0;
    }
}
