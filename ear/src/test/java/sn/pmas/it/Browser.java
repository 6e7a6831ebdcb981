package sn.pmas.it;

import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless Chromium on the deployed UI, with a throw-away profile, for the browser tests. */
final class Browser implements AutoCloseable {

    /** Debian's browser and driver: given explicitly, so that Selenium Manager never tries to download one. */
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** XofConverter groups thousands with a no-break space. */
    static final String NBSP = "\u00A0";

    private final String base;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(String base, Path profile, ChromeDriver driver) {
        this.base = base;
        this.profile = profile;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** {@code deployment} is the web module's root, with or without the trailing slash. */
    static Browser open(URL deployment) throws IOException {
        Path profile = Files.createTempDirectory("pmas-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withLogFile(new File("target/chromedriver.log"))
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                // root in a container needs --no-sandbox; the rest keeps Chromium off the (closed) network
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,900", "--lang=fr-FR", "--user-data-dir=" + profile);
        return new Browser(deployment.toString().replaceAll("/?$", "/"), profile, new ChromeDriver(service, options));
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return wait;
    }

    /** A page of the web module, e.g. {@code ui/principals.xhtml}. */
    String page(String path) {
        return base + path;
    }

    void logIn(String user, String password) {
        WebElement form = wait.until(visibilityOfElementLocated(By.id("login-form")));
        driver.findElement(By.id("j_username")).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.id("login")).click();
        wait.until(left(form));
    }

    /**
     * The page of {@code element} was replaced. Chromium 156 sometimes answers a query on an element
     * of a page being replaced with "Node with given id does not belong to the document" (a plain
     * WebDriverException) instead of a stale element: both mean the page is gone.
     */
    static ExpectedCondition<Boolean> left(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        };
    }

    /** The text exactly as the page holds it (getText would turn the no-break spaces into spaces). */
    String textOf(String id) {
        return driver.findElement(By.id(id)).getDomProperty("textContent").strip();
    }

    /** The cells of the line labelled {@code label} of the table with id {@code table}, spaces plain. */
    List<String> rowCells(String table, String label) {
        return driver.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).stream()
                        .map(cell -> cell.getText().replace(NBSP, " ").replace('\u202F', ' ').strip()).toList())
                .filter(cells -> cells.get(0).equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
    }

    void screenshot(String name) {
        try {
            Files.write(Path.of("target", name), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
