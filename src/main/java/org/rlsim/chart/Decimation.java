package org.rlsim.chart;

import java.util.Arrays;

/**
 * Thins a curve to what a slide can show: the time axis is cut into {@link #COLUMNS} equal columns, and
 * of the rows in each column only the lowest and the highest are kept, in time order (and the first and
 * last row of the curve). Drawn as a line, the thinned curve covers the same pixels as the full one,
 * peaks and troughs included, at a fraction of the points: a year at hourly rows, 8 766 points, becomes
 * at most {@code 2 × COLUMNS}. Vector files (SVG, PDF) shrink and render faster by the same factor.
 */
final class Decimation {
    /**
     * Columns across the time axis: the logical width of the widest slide, px. A panel's data area is
     * narrower, so a column is at most one logical pixel, half a pixel of the PNG.
     */
    static final int COLUMNS = ChartExporter.SLIDE_WIDTH;

    private Decimation() {
    }

    /**
     * The rows to draw of the curve {@code x}, {@code y} (same length; {@code x} non-decreasing, in any
     * unit): {@code {x', y'}}, new arrays, unchanged if the curve has at most {@code 2 × COLUMNS} rows.
     */
    static double[][] minMax(double[] x, double[] y) {
        int n = x.length;
        if (y.length != n) {
            throw new IllegalArgumentException("x and y differ in length: " + n + " and " + y.length);
        }
        if (n <= 2 * COLUMNS) {
            return new double[][] {x.clone(), y.clone()};
        }
        double x0 = x[0];
        double width = (x[n - 1] - x0) / COLUMNS;
        double[] outX = new double[2 * COLUMNS + 2];
        double[] outY = new double[outX.length];
        int out = 0;
        int start = 0;
        while (start < n) {
            int column = column(x[start], x0, width);
            int low = start;
            int high = start;
            int end = start + 1;
            while (end < n && column(x[end], x0, width) == column) {
                if (y[end] < y[low]) {
                    low = end;
                }
                if (y[end] > y[high]) {
                    high = end;
                }
                end++;
            }
            int first = Math.min(low, high);
            int second = Math.max(low, high);
            if (start == 0 && first != 0) { // the curve's first row
                outX[out] = x[0];
                outY[out++] = y[0];
            }
            outX[out] = x[first];
            outY[out++] = y[first];
            if (second != first) {
                outX[out] = x[second];
                outY[out++] = y[second];
            }
            if (end == n && second != n - 1) { // the curve's last row
                outX[out] = x[n - 1];
                outY[out++] = y[n - 1];
            }
            start = end;
        }
        return new double[][] {Arrays.copyOf(outX, out), Arrays.copyOf(outY, out)};
    }

    /** The column of {@code x}; the curve's end belongs to the last column. */
    private static int column(double x, double x0, double width) {
        return width > 0 ? Math.min(COLUMNS - 1, (int) ((x - x0) / width)) : 0;
    }
}
