// Prints a page as headless Debian Chromium would on paper (print media, A4, print.css applied) into a
// PDF file, so that the tests can read what the printed page shows with pdftotext.
// Usage: node print_pdf.mjs URL OUTPUT.pdf
import { launchChromium } from "./browser.mjs";

const [url, output] = process.argv.slice(2);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const response = await page.goto(url, { waitUntil: "load" });
  if (!response.ok()) throw new Error(`${url} answered ${response.status()}`);
  await page.pdf({ path: output, format: "A4", preferCSSPageSize: true });
} finally {
  await browser.close();
}
