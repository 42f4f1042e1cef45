// An agent enters a citizen's birth-certificate request at the counter in headless Debian Chromium:
// log in, follow the header's « Saisir une demande » to the list of procedures, open the birth
// certificate's form, send it empty with the browser's own checks off (as a browser without them would)
// to meet the refusals, then fill it with the keyboard, choose « Au guichet » and record it. axe-core
// checks the four pages: list, form, form refused, confirmation; then the header's « Demandes à d'autres
// communes » (a fifth page, the read-only list of requests addressed to other communes).
// Usage: node counter_filing_e2e.mjs BASE_URL EMAIL PASSWORD FIELDS_JSON (the form's values by control name)
// Prints one JSON object: { axe: [{ name, url, status, violations }], number, trackingCode };
// exits non-zero (with the reason) when the walk goes wrong.
import { check, launchChromium, startWalk } from "./browser.mjs";

const [base, email, password, fieldsJson] = process.argv.slice(2);
const fields = JSON.parse(fieldsJson);
const report = { axe: [], number: null, trackingCode: null };


const browser = await launchChromium();
try {
  const walk = await startWalk(browser, base, report);
  const { page, axe, press } = walk;
  const context = walk.context;

  await page.goto("/gestion/connexion");
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await press(page.getByRole("button", { name: "Se connecter" }), /\/gestion\/dossiers$/);

  await press(page.getByRole("link", { name: "Saisir une demande" }), /\/gestion\/saisie$/);
  check(await page.getByRole("heading", { level: 2, name: "État civil" }).count() === 1, "the list shows the civil-status theme");
  await axe("saisie");

  await press(page.getByRole("link", { name: "Demande d'acte de naissance" }), /\/gestion\/saisie\/etat-civil\.acte-naissance$/);
  check(await page.getByRole("radio", { name: "Au guichet" }).count() === 1, "the form asks for the channel");
  await axe("saisie formulaire");

  // Sent empty, the browser's checks off: every refusal announced, the channel's among them.
  await page.evaluate(() => { document.querySelector("form.wsc-form").noValidate = true; });
  await Promise.all([page.waitForLoadState("load"), page.getByRole("button", { name: "Enregistrer la demande" }).click()]);
  await page.waitForSelector('[role="alert"]');
  check(walk.status === 422, `a refused request answers 422, not ${walk.status}`);
  check((await page.locator('[role="alert"]').innerText()).includes("Indiquez si la demande est faite au guichet ou par téléphone."),
    "the missing channel is announced");
  await axe("saisie refusée");

  // Filled with the keyboard: each text typed into its control, each choice selected, each date set.
  for (const [name, value] of Object.entries(fields)) {
    const control = page.locator(`[name="${name}"]`);
    const kind = await control.evaluate(element => element.tagName === "SELECT" ? "select" : element.type);
    if (kind === "select") {
      await control.selectOption(value);
    } else if (kind === "date" || kind === "time") {
      // A date control types by its locale's segments (jj/mm/aaaa): given its value as the form posts it.
      await control.fill(value);
    } else {
      await control.focus();
      await control.press("ControlOrMeta+a");
      await page.keyboard.type(value);
    }
  }
  await page.getByRole("radio", { name: "Au guichet" }).focus();
  await page.keyboard.press("Space");
  check(await page.getByRole("radio", { name: "Au guichet" }).isChecked(), "« Au guichet » is chosen with the keyboard");
  await page.getByRole("button", { name: "Enregistrer la demande" }).focus();
  await Promise.all([page.waitForLoadState("load"), page.waitForResponse(r => r.request().method() === "POST"), page.keyboard.press("Enter")]);
  await page.waitForSelector("h1");
  if (await page.locator('[role="alert"]').count() > 0) throw new Error(`refused (${walk.status}): ${await page.locator('[role="alert"]').innerText()}`);
  check(walk.status === 200 && (await page.locator("h1").innerText()).includes("Demande enregistrée"), `the request is recorded, not ${walk.status}`);
  report.number = (await page.locator(".wsc-dossier-number").innerText()).trim();
  report.trackingCode = (await page.locator(".wsc-tracking-code").innerText()).trim();
  check(await page.getByRole("link", { name: `Ouvrir le dossier N° ${report.number}` }).count() === 1, "the confirmation links to the dossier");
  await axe("saisie enregistrée");

  // The header's link to the requests addressed to other communes (read-only list).
  await press(page.getByRole("link", { name: "Demandes à d'autres communes" }), /\/gestion\/demandes-communes$/);
  check(await page.getByRole("heading", { level: 1, name: "Demandes adressées à d'autres communes" }).count() === 1, "the list of requests to other communes");
  await axe("demandes à d'autres communes");
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
