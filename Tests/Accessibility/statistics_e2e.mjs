// An administrator reads the commune's statistics in headless Debian Chromium: log in, follow the
// header's « Statistiques », open the table of the days with the keyboard, choose another period with
// the form, meet the refusal of a month that does not exist, and download a table's CSV through its
// link. axe-core checks the pages: statistics (the SVG charts included), the days' table opened, another
// period, the period refused.
// Usage: node statistics_e2e.mjs BASE_URL EMAIL PASSWORD FROM_MONTH (AAAA-MM, the period's new start)
// Prints one JSON object: { axe: [{ name, url, status, violations }], charts, csv: { status, type, header } };
// exits non-zero (with the reason) when the walk goes wrong.
import { check, launchChromium, startWalk } from "./browser.mjs";

const [base, email, password, fromMonth] = process.argv.slice(2);
const report = { axe: [], charts: 0, csv: null };

const browser = await launchChromium();
try {
  const walk = await startWalk(browser, base, report);
  const { page, axe, press } = walk;

  await page.goto("/gestion/connexion");
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await press(page.getByRole("button", { name: "Se connecter" }), /\/gestion\/dossiers$/);

  await press(page.getByRole("link", { name: "Statistiques", exact: true }), /\/gestion\/statistiques$/);
  check(walk.status === 200, `the statistics answer 200, not ${walk.status}`);
  report.charts = await page.getByRole("img").count();
  check(report.charts >= 7, `the charts are images with a name (${report.charts})`);
  await axe("statistiques");

  // The days' table, in a disclosure: opened with the keyboard.
  await page.locator("summary").first().focus();
  await page.keyboard.press("Enter");
  check(await page.getByRole("table", { name: "Dossiers par jour" }).isVisible(), "the days' table opens");
  await axe("statistiques tableau des jours");

  // Another period, typed into the month control and sent with the keyboard.
  await page.getByLabel("Mois de début").fill(fromMonth);
  await press(page.getByRole("button", { name: "Afficher les statistiques" }), new RegExp(`du=${fromMonth}`));
  check(walk.status === 200 && (await page.locator(".st-period").innerText()).includes("Période : de"), `another period answers 200, not ${walk.status}`);
  await axe("statistiques autre période");

  // A month that does not exist (as a browser without month controls would send it): refused, linked to its control.
  await page.goto("/gestion/statistiques?du=2026-13");
  check(walk.status === 422, `a bad month answers 422, not ${walk.status}`);
  check((await page.locator('[role="alert"]').innerText()).includes("Le mois s'écrit AAAA-MM"), "the refusal is announced");
  await axe("statistiques refusées");

  // A table's CSV, through the link under it, with the session's cookie.
  await page.goto("/gestion/statistiques");
  const href = await page.getByRole("link", { name: "Télécharger « Démarches » (CSV)" }).getAttribute("href");
  const response = await walk.context.request.get(href);
  const bytes = await response.body();
  report.csv = {
    status: response.status(),
    type: response.headers()["content-type"],
    bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf,
    header: bytes.subarray(3).toString("utf8").split("\r\n")[0],
  };
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
