/**
 * Result files for people: a tidy time-series CSV, a one-row-per-arm summary CSV and a short
 * provenance text ({@code run-info.txt}).
 *
 * <p>The CSV files are written for spreadsheets: the first line is the header (no comment lines),
 * every column name carries its unit ({@code hb_g_dl}, {@code cum_lost_mg}), numbers are written
 * with a dot as decimal separator whatever the computer's language, and quoting is done by Apache
 * Commons CSV (RFC 4180). Provenance lives in {@link org.rlsim.report.RunInfo}, not in the CSVs.
 * Writers take a {@link java.io.Writer}; callers should open files as UTF-8 (arm names may contain
 * any character).
 */
package org.rlsim.report;
