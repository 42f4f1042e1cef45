// Runs axe-core (WCAG 2.1 A and AA rules) in headless Debian Chromium on each address given, and
// prints one JSON line per page: {"url", "violations": [{"id", "impact", "help", "nodes"}]}.
// Usage: node axe_check.mjs URL... — exits 0 when every page could be checked.
import { axeViolations, launchChromium } from "./browser.mjs";

const browser = await launchChromium();
try {
  for (const url of process.argv.slice(2)) {
    const page = await browser.newPage();
    const response = await page.goto(url, { waitUntil: "load" });
    const violations = await axeViolations(page);
    console.log(JSON.stringify({ url, status: response.status(), violations }));
    await page.close();
  }
} finally {
  await browser.close();
}
