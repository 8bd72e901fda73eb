package org.rlsim.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import com.pngencoder.PngEncoder;
import com.pngencoder.PngEncoderPhysicalPixelDimensions;
import org.jfree.chart.JFreeChart;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;

/**
 * Writes charts as PNG (for slides and documents), SVG (for editing) and PDF (for print and slides,
 * vector). Needs no display: drawing goes to an image or a document, so it works with
 * {@code -Djava.awt.headless=true}, which a command-line program should set. Sizes are logical pixels
 * (see {@link SlidePreset}).
 */
public final class ChartExporter {
    /** Logical width of a 16:9 slide ({@link SlidePreset#WIDE}), px. */
    public static final int SLIDE_WIDTH = 1920;
    /** Logical height of a 16:9 slide ({@link SlidePreset#WIDE}), px. */
    public static final int SLIDE_HEIGHT = 1080;
    /**
     * PNG pixels per logical pixel: 1 gives 1920 × 1080 for a 16:9 slide, one pixel per pixel of a
     * full-HD projector or screen. Measured on the oral-vs-iv run (13 charts), 2 (3840 × 2160) took about
     * three times as long to draw and encode, about 2 s of the run's 3 s of CPU, and 36 of the 100 MB
     * that all lessons' outputs took; for zooming, printing or a 4K screen, SVG and PDF are vector.
     */
    public static final int PNG_SCALE = 1;

    /**
     * Resolution written into the PNG, dots per inch: 144 = 72 pt/in ÷ {@value SlidePreset#PDF_POINTS_PER_PX}
     * pt/px × {@value #PNG_SCALE}, so a presentation program places the image at the slide's size (16:9:
     * 1920 px = 13.33 in), like the PDF.
     */
    static final int PNG_DOTS_PER_INCH = (int) Math.round(72 / SlidePreset.PDF_POINTS_PER_PX * PNG_SCALE);

    /**
     * Deflate level of the PNG files (0–9). Measured on the oral-vs-iv overview at 3840 × 2160: level 3
     * without PNG row filters takes about 60 ms and 560 kB, level 6 about 120 ms and 460 kB, ImageIO's
     * writer (level 4 with a filter search per row) about 170 ms and 500 kB. The image is the same.
     */
    private static final int PNG_DEFLATE_LEVEL = 3;

    /** Fonts named in SVG: the chart's font first, then similar ones for machines without DejaVu. */
    private static final String SVG_FALLBACK_FONTS = ", Verdana, \"Bitstream Vera Sans\", Arial, sans-serif";

    /** The document type line JFreeSVG's own writer puts first. */
    private static final String SVG_DOCTYPE =
            "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n";

    private ChartExporter() {
    }

    /**
     * Writes a PNG of {@code PNG_SCALE × width} by {@code PNG_SCALE × height} pixels, antialiased, at
     * {@link #PNG_DOTS_PER_INCH} dots per inch.
     *
     * @param width  logical width, px (the size the chart's style is designed for)
     * @param height logical height, px
     */
    public static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width * PNG_SCALE, height * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.scale(PNG_SCALE, PNG_SCALE);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        PngEncoder encoder = new PngEncoder().withBufferedImage(image)
                .withCompressionLevel(PNG_DEFLATE_LEVEL)
                .withPredictorEncoding(false)
                .withMultiThreadedCompressionEnabled(false) // the charts of a run are already written in parallel
                .withPhysicalPixelDimensions(PngEncoderPhysicalPixelDimensions.dotsPerInch(PNG_DOTS_PER_INCH));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            encoder.toStream(out);
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the encoder wraps the stream's I/O errors
        }
    }

    /**
     * Writes an SVG document of {@code width} × {@code height} px with a {@code viewBox} of the same size
     * (so it scales when placed at another size). Text stays text (editable, searchable); the font is
     * named with fallbacks for machines that lack it. The same chart gives the same bytes: element ids
     * (clip paths) start with the file's name, not with the clock as JFreeSVG's default does, so they also
     * stay unique when several charts are put in one web page.
     */
    public static void writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        svg.setDefsKeyPrefix(svgIdPrefix(file));
        // Double quotes: JFreeSVG puts the font list inside a single-quoted style attribute.
        svg.setFontFunction(family -> "\"" + family + "\"" + SVG_FALLBACK_FONTS);
        // Coordinates to 1/100 px: invisible at any zoom, and the file shrinks by about half.
        svg.setGeomDoubleConverter(SVGUtils.createDoubleConverter(2));
        chart.draw(svg, new Rectangle2D.Double(0, 0, width, height));
        // A viewBox, so that the drawing scales with the size a program or web page gives it.
        String element = svg.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        // Not SVGUtils.writeToSVG: it wraps I/O errors (a full disk) in a RuntimeException and then leaves
        // the file open.
        Files.writeString(file, SVG_DOCTYPE + element + "\n", StandardCharsets.UTF_8);
    }

    /** An XML id prefix from the file's name: {@code overview.svg} gives {@code overview-}. */
    static String svgIdPrefix(Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.svg$", "").replaceAll("[^A-Za-z0-9_-]", "_");
        return (base.matches("[A-Za-z_].*") ? "" : "_") + base + "-";
    }

    /**
     * Writes a one-page vector PDF of {@code width × height × }{@value SlidePreset#PDF_POINTS_PER_PX} pt
     * (1920 × 1080 px give 960 × 540 pt, a 13.33 × 7.5 in slide). Text is text, in the DejaVu fonts
     * embedded as subsets ({@link PdfFonts}): it looks the same on every machine and can be searched,
     * copied and read aloud. The document's title is the chart's.
     * The same chart gives the same bytes: no creation or modification date (a run's provenance is in its
     * {@code run-info.txt}), a file identifier made from the chart, subset font names from the glyphs used.
     *
     * @param width  logical width, px
     * @param height logical height, px
     */
    public static void writePdf(JFreeChart chart, Path file, int width, int height) throws IOException {
        float scale = (float) SlidePreset.PDF_POINTS_PER_PX;
        float pageWidth = width * scale;
        float pageHeight = height * scale;
        try (PDDocument pdf = new PDDocument();
             PdfBoxGraphics2DFontTextDrawer text = PdfFonts.textDrawer(pdf)) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(chart.getTitle() == null ? "" : chart.getTitle().getText());
            info.setAuthor("rlsim");
            // A file identifier made from the content, not from the clock (PDFBox's default): the same chart
            // gives the same bytes.
            pdf.getDocument().getTrailer().setItem(COSName.ID, identifier(chart, width, height));
            PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
            pdf.addPage(page);
            PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(pdf, pageWidth, pageHeight);
            try {
                g2.setFontTextDrawer(text);
                g2.scale(scale, scale);
                chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
            } finally {
                g2.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawForm(g2.getXFormObject());
            }
            // To a stream: PDFBox's save(File) logs a warning when it replaces a file.
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                pdf.save(out);
            }
        }
    }

    /** The PDF trailer's file identifier: twice the same 16 bytes, from the chart's title and size. */
    private static COSArray identifier(JFreeChart chart, int width, int height) {
        String title = chart.getTitle() == null ? "" : chart.getTitle().getText();
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("MD5").digest((title + "|" + width + "x" + height).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
        COSArray id = new COSArray();
        id.add(new COSString(digest));
        id.add(new COSString(digest));
        return id;
    }
}
