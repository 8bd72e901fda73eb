package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsim.testing.Examples;

class ChartExporterTest {
    private static final JFreeChart CHART = OverviewChart.create(Examples.oralVersusIv(), ChartStyle.SLIDES, List.of());

    @Test
    void pngIsTheSlideSizeAndShowsBothArmColours(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("overview.png");
        ChartExporter.writePng(CHART, png, ChartExporter.SLIDE_WIDTH, ChartExporter.SLIDE_HEIGHT);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
        assertTrue(Files.size(png) < 2_000_000, "a slide image should stay well under 2 MB, got " + Files.size(png));
        int oral = 0;
        int iv = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                oral += rgb == (ChartStyle.ARM_COLOURS.get(0).getRGB() & 0xFFFFFF) ? 1 : 0;
                iv += rgb == (ChartStyle.ARM_COLOURS.get(1).getRGB() & 0xFFFFFF) ? 1 : 0;
            }
        }
        assertTrue(oral > 1000 && iv > 1000, "both arms drawn: " + oral + " oral and " + iv + " IV pixels");
    }

    @Test
    void pngCarriesAResolutionThatPlacesItAtTheSlidesSize(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("overview.png");
        ChartExporter.writePng(CHART, png, ChartExporter.SLIDE_WIDTH, ChartExporter.SLIDE_HEIGHT);
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_1.0");
            IIOMetadataNode pixelSize = (IIOMetadataNode) root.getElementsByTagName("HorizontalPixelSize").item(0);
            double mmPerPixel = Double.parseDouble(pixelSize.getAttribute("value"));
            // 1920 px wide at 144 dpi: 13.33 in, the width of a 16:9 slide and of the PDF (960 pt).
            assertEquals(960.0 / 72, 1920 * mmPerPixel / 25.4, 0.01);
            reader.dispose();
        }
    }

    @Test
    void svgKeepsTitleAndDisclaimerAsTextInTheStyleFont(@TempDir Path dir) throws IOException {
        Path svg = dir.resolve("overview.svg");
        ChartExporter.writeSvg(CHART, svg, ChartExporter.SLIDE_WIDTH, ChartExporter.SLIDE_HEIGHT);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<!DOCTYPE svg") && text.strip().endsWith("</svg>"), "a standalone SVG document");
        assertTrue(text.contains("width='1920' height='1080'"), "slide size");
        assertTrue(text.contains("viewBox='0 0 1920 1080'"), "a viewBox, so it scales");
        assertTrue(text.contains(">Oral versus IV iron<"), "title as text");
        assertTrue(text.contains("Teaching model — not for clinical decisions"), "disclaimer as text");
        assertTrue(text.contains("font-family: \"DejaVu Sans\", Verdana"), "font named with fallbacks");
    }

    @Test
    void svgIsWellFormedXml(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("overview.svg");
        ChartExporter.writeSvg(CHART, svg, ChartExporter.SLIDE_WIDTH, ChartExporter.SLIDE_HEIGHT);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // Do not fetch the SVG 1.1 DTD named in the DOCTYPE from the network.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        assertEquals("svg", factory.newDocumentBuilder().parse(svg.toFile()).getDocumentElement().getTagName());
    }

    @Test
    void fourByThreePresetGivesNarrowerPngAndSvg(@TempDir Path dir) throws IOException {
        SlidePreset preset = SlidePreset.STANDARD;
        JFreeChart chart = OverviewChart.create(Examples.oralVersusIv(), preset.style(), List.of());
        Path png = dir.resolve("overview.png");
        ChartExporter.writePng(chart, png, preset.widthPx(), preset.heightPx());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1440, image.getWidth());
        assertEquals(1080, image.getHeight());
        Path svg = dir.resolve("overview.svg");
        ChartExporter.writeSvg(chart, svg, preset.widthPx(), preset.heightPx());
        assertTrue(Files.readString(svg, StandardCharsets.UTF_8).contains("width='1440' height='1080'"));
    }

    @Test
    void pdfIsOneVectorPageOfSlideSizeWithItsTextAsSearchableTextInEmbeddedFonts(@TempDir Path dir) throws IOException {
        for (SlidePreset preset : SlidePreset.values()) {
            Path pdf = dir.resolve(preset.name() + ".pdf");
            ChartExporter.writePdf(OverviewChart.create(Examples.oralVersusIv(), preset.style(), List.of()), pdf,
                    preset.widthPx(), preset.heightPx());
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertEquals(1, doc.getNumberOfPages());
                PDRectangle page = doc.getPage(0).getMediaBox();
                // 0.5 pt per logical pixel: 960 × 540 pt (13.33 × 7.5 in) and 720 × 540 pt (10 × 7.5 in).
                assertEquals(preset.widthPx() * SlidePreset.PDF_POINTS_PER_PX, page.getWidth(), 1e-3);
                assertEquals(preset.heightPx() * SlidePreset.PDF_POINTS_PER_PX, page.getHeight(), 1e-3);
                assertEquals("Oral versus IV iron", doc.getDocumentInformation().getTitle());
                String text = new PDFTextStripper().getText(doc);
                for (String words : List.of("Oral versus IV iron", "Serum ferritin", "Teaching model — not for clinical decisions",
                        "Time (weeks)", "Oral ferrous sulfate")) {
                    assertTrue(text.contains(words), "searchable text '" + words + "' in:\n" + text);
                }
                List<PDFont> fonts = fontsOf(doc);
                assertFalse(fonts.isEmpty(), "the text uses fonts");
                for (PDFont font : fonts) {
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertTrue(font.getName().contains("DejaVuSans"), font.getName() + " is DejaVu Sans");
                }
            }
        }
    }

    /** Every font of the page, also those inside the form XObjects the page draws. */
    private static List<PDFont> fontsOf(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        collectFonts(doc.getPage(0).getResources(), fonts);
        return fonts;
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form && form.getResources() != null) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}
