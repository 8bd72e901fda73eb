package org.rlsim.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Contour lines of a function sampled on a rectangular grid, by marching squares: in each cell the level
 * crosses the edges whose ends lie on either side of it, at the point found by linear interpolation along
 * the edge, and each cell gives one or two segments between such points. A saddle cell (opposite corners on
 * the same side) is resolved by the mean of its corners. Cells with a missing value (NaN) give nothing.
 */
final class ContourLines {
    /** A segment of a contour line, in the grid's coordinates. */
    record Segment(double x1, double y1, double x2, double y2) {
    }

    private ContourLines() {
    }

    /**
     * @param x     the grid's x values, increasing
     * @param y     the grid's y values, increasing
     * @param z     {@code z[j][i]}: the value at {@code (x[i], y[j])}
     * @param level the contour's level
     */
    static List<Segment> trace(double[] x, double[] y, double[][] z, double level) {
        List<Segment> segments = new ArrayList<>();
        for (int j = 0; j + 1 < y.length; j++) {
            for (int i = 0; i + 1 < x.length; i++) {
                // Corners counter-clockwise from the lower left.
                double[] cx = {x[i], x[i + 1], x[i + 1], x[i]};
                double[] cy = {y[j], y[j], y[j + 1], y[j + 1]};
                double[] cz = {z[j][i], z[j][i + 1], z[j + 1][i + 1], z[j + 1][i]};
                if (Double.isNaN(cz[0]) || Double.isNaN(cz[1]) || Double.isNaN(cz[2]) || Double.isNaN(cz[3])) {
                    continue;
                }
                List<double[]> crossings = new ArrayList<>();
                for (int e = 0; e < 4; e++) {
                    int f = (e + 1) % 4;
                    if ((cz[e] < level) != (cz[f] < level)) {
                        double t = (level - cz[e]) / (cz[f] - cz[e]);
                        crossings.add(new double[] {cx[e] + t * (cx[f] - cx[e]), cy[e] + t * (cy[f] - cy[e]), e});
                    }
                }
                if (crossings.size() == 2) {
                    segments.add(segment(crossings.get(0), crossings.get(1)));
                } else if (crossings.size() == 4) {
                    // Saddle: pair each crossing with a neighbour on the side the centre lies on.
                    boolean centreBelow = (cz[0] + cz[1] + cz[2] + cz[3]) / 4 < level;
                    boolean firstCornerBelow = cz[0] < level;
                    if (centreBelow == firstCornerBelow) {
                        segments.add(segment(crossings.get(0), crossings.get(1)));
                        segments.add(segment(crossings.get(2), crossings.get(3)));
                    } else {
                        segments.add(segment(crossings.get(3), crossings.get(0)));
                        segments.add(segment(crossings.get(1), crossings.get(2)));
                    }
                }
            }
        }
        return segments;
    }

    private static Segment segment(double[] a, double[] b) {
        return new Segment(a[0], a[1], b[0], b[1]);
    }
}
