package org.rlsim.calibration;

import java.util.Objects;

/**
 * One model curve of a calibration chart: y over x, in the units of its {@link Panel} and {@link TimeCourse}.
 *
 * @param name legend entry, e.g. the arm's name
 * @param x    x values, ascending (copied in and out)
 * @param y    y values, one per x (copied in and out)
 */
public record Curve(String name, double[] x, double[] y) {
    public Curve {
        Objects.requireNonNull(name, "name");
        if (x.length != y.length) {
            throw new IllegalArgumentException(name + ": " + x.length + " x values but " + y.length + " y values");
        }
        x = x.clone();
        y = y.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }
}
