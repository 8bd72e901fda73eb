package org.rlsim.chart;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts embedded in the PDF charts: DejaVu Sans in its plain, bold and oblique faces, shipped in the
 * jar ({@code fonts/}, Bitstream Vera licence, see {@code LICENSE-DejaVu.txt} there) so that every PDF
 * carries the same font whatever the machine has installed. Each font is embedded as a subset of the
 * glyphs the chart uses. Text in any other font is drawn as outlines.
 */
final class PdfFonts {
    /** A face: the name Java gives it ({@link Font#getFontName()}) and its file in the jar. */
    private record Face(String javaName, String resource) {
    }

    private static final List<Face> FACES = List.of(
            new Face("DejaVu Sans", "fonts/DejaVuSans.ttf"),
            new Face("DejaVu Sans Bold", "fonts/DejaVuSans-Bold.ttf"),
            new Face("DejaVu Sans Oblique", "fonts/DejaVuSans-Oblique.ttf"));

    /**
     * The parsed font files, per thread: parsing the three files takes longer than drawing a chart, so each
     * thread parses them once and embeds them in every PDF it writes (a parsed font is not safe for use by
     * two threads at once, and the charts of a run are written in parallel).
     */
    private static final ThreadLocal<List<TrueTypeFont>> PARSED = ThreadLocal.withInitial(PdfFonts::parse);

    private PdfFonts() {
    }

    /** A text drawer for {@code pdf} that writes text in the DejaVu faces as text (close it after the document is saved). */
    static PdfBoxGraphics2DFontTextDrawer textDrawer(PDDocument pdf) throws IOException {
        PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer();
        List<TrueTypeFont> parsed = PARSED.get();
        for (int i = 0; i < FACES.size(); i++) {
            drawer.registerFont(FACES.get(i).javaName(), PDType0Font.load(pdf, parsed.get(i), true));
        }
        return drawer;
    }

    private static List<TrueTypeFont> parse() {
        List<TrueTypeFont> fonts = new ArrayList<>();
        for (Face face : FACES) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(face.resource())) {
                if (in == null) {
                    throw new IllegalStateException("the font " + face.resource() + " is missing from rlsim's jar");
                }
                fonts.add(new TTFParser().parse(new RandomAccessReadBuffer(in)));
            } catch (IOException e) {
                throw new UncheckedIOException("the font " + face.resource() + " in rlsim's jar cannot be read", e);
            }
        }
        return List.copyOf(fonts);
    }
}
