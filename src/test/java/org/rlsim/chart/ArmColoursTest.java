package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The arms' colours, shared by the slide charts and the explorer page, can be told from white and from each
 * other by everyone: at least 3:1 contrast on white (WCAG 2.1, 1.4.11), and every two at least as far apart
 * (CIE76 ΔE of their CIELAB colours) under simulated colour-vision deficiency (Machado, Oliveira &amp; Fernandes
 * 2009, severity 1) as the two closest colours of the original Okabe–Ito palette (16.1).
 */
class ArmColoursTest {
    private static final double[][][] DEFICIENCIES = {
        {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
        {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}, // deuteranopia
        {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}, // protanopia
        {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}}; // tritanopia
    /** The least ΔE between two colours of the Okabe–Ito palette (without yellow) under these simulations. */
    private static final double OKABE_ITO_LEAST_DELTA_E = 16.0;

    @Test
    void everyArmColourHasThreeToOneContrastOnWhite() {
        for (Color c : ChartStyle.ARM_COLOURS) {
            double contrast = 1.05 / (luminance(c) + 0.05);
            assertTrue(contrast >= 3, String.format("#%06X: %.2f:1 on white", c.getRGB() & 0xFFFFFF, contrast));
        }
    }

    @Test
    void everyTwoArmColoursStayApartForColourBlindEyes() {
        List<Color> colours = ChartStyle.ARM_COLOURS;
        for (double[][] deficiency : DEFICIENCIES) {
            for (int i = 0; i < colours.size(); i++) {
                for (int j = i + 1; j < colours.size(); j++) {
                    double d = distance(lab(simulate(colours.get(i), deficiency)), lab(simulate(colours.get(j), deficiency)));
                    assertTrue(d >= OKABE_ITO_LEAST_DELTA_E, String.format("#%06X and #%06X: ΔE %.1f",
                            colours.get(i).getRGB() & 0xFFFFFF, colours.get(j).getRGB() & 0xFFFFFF, d));
                }
            }
        }
    }

    private static double linear(double channel255) {
        double c = channel255 / 255;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    /** The linear RGB seen with the deficiency, clipped to the displayable range. */
    private static double[] simulate(Color c, double[][] m) {
        double[] rgb = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
        double[] seen = new double[3];
        for (int i = 0; i < 3; i++) {
            seen[i] = Math.min(1, Math.max(0, m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2]));
        }
        return seen;
    }

    /** CIELAB (D65) of a linear RGB colour. */
    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.9505;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.089;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
    }
}
