// Runs axe-core (WCAG 2.1 A and AA rules) in headless Debian Chromium on each address given, and
// prints one JSON line per page: {"url", "violations": [{"id", "impact", "help", "nodes"}]}.
// Usage: node axe_check.mjs URL... — exits 0 when every page could be checked.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  // The machine's network is closed: no background traffic, no first-run, no sandbox as root.
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
try {
  for (const url of process.argv.slice(2)) {
    const page = await browser.newPage();
    const response = await page.goto(url, { waitUntil: "load" });
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () =>
      await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
    const violations = result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(" ")) }));
    console.log(JSON.stringify({ url, status: response.status(), violations }));
    await page.close();
  }
} finally {
  await browser.close();
}
