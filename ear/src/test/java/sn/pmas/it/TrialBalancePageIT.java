package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;
import static sn.pmas.it.Entries.simple;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The accountant's trial balance page in a real headless Chromium: FORM login in French, the
 * month chosen in the select, figures formatted in francs, links to the BIRT documents. Works in
 * fiscal year 2033, which nothing else touches.
 */
class TrialBalancePageIT extends DeployedLedger {

    /** Debian's browser and driver: given explicitly, so that Selenium Manager never tries to download one. */
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** XofConverter groups thousands with a no-break space. */
    private static final String NBSP = "\u00A0";

    private Path profile;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("pmas-chromium-");
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
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    /** March 2033: a fund deposit of 2 345 678 F and a claim of 456 789 F, both through insurer ASKIA. */
    private void postMarchEntries() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        Api.Reply year = accountant.post("api/fiscal-years", "{\"year\":2033}");
        assertEquals(201, year.status(), year::toString);
        Api.Reply deposit = accountant.post("api/entries", simple("BQ", "2033-03-07", "UI-DEP-1", "5211", "4581.ASKIA", "2345678"));
        assertEquals(201, deposit.status(), deposit::toString);
        Api.Reply claim = accountant.post("api/entries", simple("OP", "2033-03-21", "UI-CLAIM-1", "4581.ASKIA", "4011.HR-THIES", "456789"));
        assertEquals(201, claim.status(), claim::toString);
    }

    @Test
    void accountantLogsInChoosesMarchAndReadsTheTrialBalance() throws IOException {
        postMarchEntries();

        browser.get(page(""));
        WebElement product = wait.until(visibilityOfElementLocated(By.id("product")));
        assertEquals("PMAS Ledger — Pool Micro Assurance Santé", normalized(product.getDomProperty("textContent")),
                "an anonymous visitor of the UI gets the login form");
        logIn("accountant", "compta2025");

        Select period = new Select(wait.until(visibilityOfElementLocated(By.id("period"))));
        assertEquals("accountant", browser.findElement(By.id("user-name")).getText());
        period.selectByVisibleText("mars 2033");
        WebElement shown = browser.findElement(By.id("trial-balance"));
        browser.findElement(By.id("show")).click();
        wait.until(stalenessOf(shown));
        wait.until(textToBe(By.id("period-label"), "mars 2033"));

        assertTrue(browser.getCurrentUrl().endsWith("/ui/trial-balance.xhtml?period=2033-03"), browser.getCurrentUrl());
        assertEquals("2033-03", new Select(browser.findElement(By.id("period"))).getFirstSelectedOption().getDomProperty("value"));
        assertEquals("2" + NBSP + "802" + NBSP + "467", textOf("totals-debit"));
        assertEquals("2" + NBSP + "802" + NBSP + "467", textOf("totals-credit"));
        assertEquals("0", textOf("totals-opening"), "openings always sum to zero");
        assertEquals("0", textOf("totals-closing"));
        assertEquals("Balance équilibrée", textOf("balanced"));

        List<String> insurers = browser.findElements(By.cssSelector("#row-4581 td")).stream()
                .map(cell -> cell.getDomProperty("textContent").strip()).toList();
        assertEquals(6, insurers.size(), insurers::toString);
        assertEquals("4581", insurers.get(0));
        assertEquals("456" + NBSP + "789", insurers.get(3), "debit: the claim charged to ASKIA");
        assertEquals("2" + NBSP + "345" + NBSP + "678", insurers.get(4), "credit: ASKIA's deposit");
        long opening = francs(insurers.get(2));
        assertEquals(opening + 456_789 - 2_345_678, francs(insurers.get(5)), "closing = opening + debit - credit");

        assertTrue(browser.findElement(By.id("pdf-link")).getDomProperty("href")
                .endsWith("/pmas/api/reports/trial-balance?period=2033-03&format=pdf"));
        assertTrue(browser.findElement(By.id("xlsx-link")).getDomProperty("href")
                .endsWith("/pmas/api/reports/trial-balance?period=2033-03&format=xlsx"));
        Files.write(Path.of("target", "trial-balance-2033-03.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.get(page("ui/trial-balance.xhtml?period=2099-01"));
        String notice = wait.until(visibilityOfElementLocated(By.id("unknown-period"))).getText();
        assertTrue(notice.startsWith("La période « 2099-01 » n'existe pas"), "a stale bookmark is said so: " + notice);

        browser.findElement(By.id("logout")).click();
        wait.until(visibilityOfElementLocated(By.id("j_username")));
        browser.get(page("ui/trial-balance.xhtml?period=2033-03"));
        wait.until(visibilityOfElementLocated(By.id("j_username")));
        assertTrue(browser.findElements(By.id("trial-balance")).isEmpty(), "after logout the balance needs a new login");
    }

    @Test
    void aWrongPasswordShowsTheFrenchErrorAndTheFormAgain() throws IOException {
        browser.get(page(""));
        wait.until(visibilityOfElementLocated(By.id("j_username")));
        assertTrue(browser.findElements(By.id("login-error")).isEmpty(), "no error before a try");
        logIn("accountant", "not-the-password");

        WebElement error = wait.until(visibilityOfElementLocated(By.id("login-error")));
        assertEquals("Identifiant ou mot de passe incorrect.", error.getText());
        assertTrue(browser.findElement(By.id("j_password")).isDisplayed(), "the user can try again");
        Files.write(Path.of("target", "login-error.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** A page of the web module; {@code base} is its root, with or without the trailing slash. */
    private String page(String path) {
        return base.toString().replaceAll("/?$", "/") + path;
    }

    private void logIn(String user, String password) {
        WebElement form = wait.until(visibilityOfElementLocated(By.id("login-form")));
        browser.findElement(By.id("j_username")).sendKeys(user);
        browser.findElement(By.id("j_password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
        wait.until(stalenessOf(form));
    }

    /** The text exactly as the page holds it (getText would turn the no-break spaces into spaces). */
    private String textOf(String id) {
        return browser.findElement(By.id(id)).getDomProperty("textContent").strip();
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static long francs(String formatted) {
        return Long.parseLong(formatted.replace(NBSP, ""));
    }
}
