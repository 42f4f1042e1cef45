// What the browser scripts share: Debian's Chromium launched headless for a closed machine, and
// axe-core (WCAG 2.1 A and AA rules) run on the page a script is looking at.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    // The machine's network is closed: no background traffic, no first-run, no sandbox as root.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
}

/** The WCAG 2.1 A and AA violations axe-core finds on the page: [{ id, impact, help, nodes }]. */
export async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () =>
    await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
  return result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(" ")) }));
}

/** Stops the walk with the reason when something a script expects does not hold. */
export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * A French browser context on the host and its page, for a script walking the site: the status of the
 * last page the main frame navigated to (`walk.status`), axe run on the current page into
 * `report.axe`, and `press`, which presses a control with the keyboard (focus, then Enter) and waits
 * for the page it leads to.
 */
export async function startWalk(browser, base, report) {
  const context = await browser.newContext({ baseURL: base, locale: "fr-FR" });
  const page = await context.newPage();
  let status = 0;
  page.on("response", response => { if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) status = response.status(); });
  return {
    context,
    page,
    get status() { return status; },
    axe: async name => report.axe.push({ name, url: page.url(), status, violations: await axeViolations(page) }),
    press: async (locator, url) => {
      await locator.focus();
      await Promise.all([page.waitForURL(url), page.keyboard.press("Enter")]);
    },
  };
}
