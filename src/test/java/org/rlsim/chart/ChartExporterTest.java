package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsim.testing.Examples;

class ChartExporterTest {
    private static final JFreeChart CHART = OverviewChart.create(Examples.oralVersusIv(), ChartStyle.SLIDES, List.of());

    @Test
    void pngIsTwiceTheSlideSizeAndShowsBothArmColours(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("overview.png");
        ChartExporter.writePng(CHART, png, ChartExporter.SLIDE_WIDTH, ChartExporter.SLIDE_HEIGHT);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(3840, image.getWidth());
        assertEquals(2160, image.getHeight());
        assertTrue(Files.size(png) < 2_000_000, "a slide image should stay well under 2 MB, got " + Files.size(png));
        int oral = 0;
        int iv = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                oral += rgb == (ChartStyle.OKABE_ITO.get(0).getRGB() & 0xFFFFFF) ? 1 : 0;
                iv += rgb == (ChartStyle.OKABE_ITO.get(1).getRGB() & 0xFFFFFF) ? 1 : 0;
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
            // 3840 px wide at 288 dpi: 13.33 in, the width of a 16:9 slide and of the PDF (960 pt).
            assertEquals(960.0 / 72, 3840 * mmPerPixel / 25.4, 0.01);
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
        assertEquals(2880, image.getWidth());
        assertEquals(2160, image.getHeight());
        Path svg = dir.resolve("overview.svg");
        ChartExporter.writeSvg(chart, svg, preset.widthPx(), preset.heightPx());
        assertTrue(Files.readString(svg, StandardCharsets.UTF_8).contains("width='1440' height='1080'"));
    }

    @Test
    void pdfIsOneVectorPageOfSlideSizeThatPdfBoxReads(@TempDir Path dir) throws IOException {
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
                // Text is drawn as shapes: no font is needed, so none is referenced.
                assertFalse(doc.getPage(0).getResources().getFontNames().iterator().hasNext(), "no fonts");
                assertTrue(doc.getPage(0).getContentStreams().hasNext(), "the page draws something");
            }
        }
    }
}
