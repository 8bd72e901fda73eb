package org.rlsim.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver (packages {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them), for the explorer's browser tests and latency
 * benchmark. Each session has a fresh profile and download folder; close it when done.
 */
public final class Chromium implements AutoCloseable {
    /** Where Debian puts them; RLSIM_CHROMIUM and RLSIM_CHROMEDRIVER point elsewhere. */
    private static final Path BROWSER = Path.of(System.getenv().getOrDefault("RLSIM_CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("RLSIM_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    private Chromium(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** Why browser tests cannot run here, or null if Chromium and chromedriver are installed. */
    public static String missing() {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            return "no Chromium here (" + BROWSER + ", " + DRIVER + "): apt-get install chromium chromium-driver to run the browser tests";
        }
        return null;
    }

    /** Starts a headless browser with a window of this size (CSS pixels). */
    public static Chromium start(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("rlsim-chromium-profile");
        Path downloads = Files.createTempDirectory("rlsim-chromium-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
        return new Chromium(driver, profile, downloads);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Folder the browser saves downloads in. */
    public Path downloads() {
        return downloads;
    }

    /** Runs a script in the page and returns its value (arrays as lists, numbers as Long or Double). */
    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * Waits until a script returns true.
     *
     * @throws AssertionError after the timeout, with the page's status line
     */
    public void waitUntil(String condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (Boolean.TRUE.equals(script("return !!(" + condition + ");"))) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
        throw new AssertionError("waited " + timeout.toSeconds() + " s for " + condition + "; the page says: "
                + script("var s = document.getElementById('status'); return s ? s.textContent : document.title;"));
    }

    @Override
    public void close() {
        driver.quit();
        deleteQuietly(profile);
        deleteQuietly(downloads);
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
