// An agent treats a citizen's birth-certificate request from start to end in headless Debian Chromium,
// with the keyboard where a person would use it: log in (after a wrong password), find the dossier in
// the queue (a filter matching nothing first, then by procedure, newest first), open it with « Traiter », write an
// internal note, press each action of the workflow up to closing (COPIE_SIGNEE generates the covering
// letter, downloaded as a PDF), meet the one not-found page, log out. axe-core checks every back-office
// page on the way. Then the citizen's public tracking page is read: each step the citizen sees, dated.
// Usage: node backoffice_e2e.mjs BASE_URL DOSSIER_NUMBER TRACKING_CODE EMAIL PASSWORD
// Prints one JSON object: { axe: [{ name, url, status, violations }], steps: [...], tracking: [{ label, date, state }],
// letter: { status, type, bytes } }; exits non-zero (with the reason) when the walk goes wrong.
import { axeViolations, check, launchChromium, startWalk } from "./browser.mjs";

const [base, number, code, email, password] = process.argv.slice(2);
// The birth certificate's actions (Services/Catalogue/etat-civil/acte-naissance.xml): code, then the button's label.
const actions = [
  ["PRENDRE_EN_CHARGE", "Prendre en charge"], ["DONNEES_VERIFIEES", "Données vérifiées"], ["DEMANDE_RECEVABLE", "Demande recevable"],
  ["ACTE_TROUVE", "Acte trouvé dans les registres"], ["COPIE_REDIGEE", "Copie ou extrait rédigé"],
  ["COPIE_SIGNEE", "Copie signée : préparer l'envoi"], ["RECEPTION_CONFIRMEE", "Réception confirmée"],
];
const report = { axe: [], steps: [], tracking: [], letter: null };


const browser = await launchChromium();
try {
  const walk = await startWalk(browser, base, report);
  const { page, axe, press } = walk;
  const context = walk.context;

  const step = text => report.steps.push(text);
  const notice = async () => (await page.locator('[role="status"]').first().innerText()).trim();

  // The queue asks for a session: the login page, whose first tab stop is the skip link.
  await page.goto("/gestion/dossiers");
  check(new URL(page.url()).pathname === "/gestion/connexion", `the queue without a session should lead to the login page, not ${page.url()}`);
  await page.keyboard.press("Tab");
  check((await page.evaluate(() => document.activeElement?.textContent)) === "Aller au contenu", "the first tab stop is the skip link");
  await axe("connexion");

  // A wrong password is announced, the address kept; then the right one, typed.
  await page.getByLabel("Adresse électronique").focus();
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type("pas le bon mot de passe");
  await Promise.all([page.waitForLoadState("load"), page.keyboard.press("Enter")]);
  await page.waitForSelector('[role="alert"]');
  check(walk.status === 422, `a wrong password answers 422, not ${walk.status}`);
  check((await page.locator('[role="alert"]').innerText()).includes("Adresse électronique ou mot de passe incorrect."), "the wrong password is announced");
  check(await page.getByLabel("Adresse électronique").inputValue() === email, "the address typed is kept");
  await axe("connexion refusée");
  await page.getByLabel("Mot de passe").focus();
  await page.keyboard.type(password);
  await Promise.all([page.waitForURL(/\/gestion\/dossiers$/), page.keyboard.press("Enter")]);
  step("connecté");

  // An empty list: the test dossiers (filed with a commune's preview key), of which the host has none.
  await page.getByLabel(/^les dossiers de test/).check();
  await press(page.getByRole("button", { name: "Filtrer" }), /[?&]test=oui/);
  check((await page.locator("#titre-liste").innerText()).trim() === "0 dossier", "the host has no test dossier");
  check(await page.getByText("Aucun dossier ne correspond à ces critères.").isVisible(), "the empty list says so");
  await axe("file vide");

  // By procedure, newest first (the sort link of the date column, sorted oldest first until then).
  await page.getByLabel(/^les dossiers de test/).uncheck();
  await page.getByLabel("Démarche").selectOption({ label: "Demande d'acte de naissance" });
  await press(page.getByRole("button", { name: "Filtrer" }), /[?&]demarche=etat-civil\.acte-naissance/);
  await press(page.getByRole("link", { name: /^Date de la demande/ }), /[?&]ordre=desc/);
  check(await page.locator("th[aria-sort=descending]").innerText().then(t => t.includes("Date de la demande")), "the list says it is sorted newest first");
  const row = page.getByRole("row").filter({ hasText: number });
  check(await row.count() === 1, `the dossier ${number} is listed`);
  check((await row.innerText()).includes("Demande d'acte de naissance") && (await row.innerText()).includes("Demande enregistrée"),
    "its row gives the procedure and the step");
  check(/\d+ dossiers?/.test(await page.locator("#titre-liste").innerText()), "the count is given");
  await axe("file filtrée");
  step("trouvé dans la file");

  await press(page.getByRole("link", { name: `Traiter le dossier ${number}` }), new RegExp(`/gestion/dossiers/${number}$`));
  check((await page.locator("h1").innerText()).includes(number), "the dossier page is titled with its number");
  await axe("dossier ouvert");

  // An internal note, typed.
  await page.getByLabel("Texte de la note").focus();
  await page.keyboard.type("Vérifier la filiation auprès du service des archives.");
  await press(page.getByRole("button", { name: "Ajouter la note" }), /fait=note/);
  check((await notice()).includes("note interne"), "the note is confirmed");
  check((await page.locator("table.bo-history-table").innerText()).includes("note interne, non visible par l'usager"), "the history marks the note internal");
  step("note interne ajoutée");

  // The same dossier left open in another tab: once the first tab has taken it in charge, its button is stale.
  const other = await context.newPage();
  await other.goto(page.url());

  for (const [action, label] of actions) {
    await press(page.getByRole("button", { name: label, exact: true }), new RegExp(`fait=action&code=${action}$`));
    check((await notice()).includes(`« ${label} »`), `the action « ${label} » is confirmed`);
    step(label);
  }
  const staleAnswer = await Promise.all([other.waitForEvent("response", r => r.request().method() === "POST"),
    other.getByRole("button", { name: "Prendre en charge", exact: true }).press("Enter")]).then(([r]) => r);
  await other.waitForSelector('[role="alert"]');
  check(staleAnswer.status() === 409, `a stale page's action answers 409, not ${staleAnswer.status()}`);
  check((await other.locator('[role="alert"]').innerText()).includes("Rien n'a été fait"), "the stale page is told nothing was done");
  report.axe.push({ name: "dossier, page dépassée", url: other.url(), status: staleAnswer.status(), violations: await axeViolations(other) });
  await other.close();
  step("page dépassée refusée");
  await axe("dossier clos");
  check((await page.locator(".bo-facts").innerText()).includes("Clos"), "the dossier is closed");
  check(await page.getByRole("button", { name: "Clore le dossier" }).count() === 0, "a closed dossier offers no more closing");

  // COPIE_SIGNEE generated the covering letter: a PDF for the logged-in agent.
  const letter = page.getByRole("link", { name: "Lettre d'accompagnement (PDF)" });
  check(await letter.count() === 1, "the covering letter is listed");
  const download = await context.request.get(await letter.getAttribute("href"));
  const body = await download.body();
  report.letter = { status: download.status(), type: download.headers()["content-type"], bytes: body.length, start: body.subarray(0, 5).toString("latin1") };

  // A number that does not exist (or is not the agent's): the one not-found page.
  await page.goto("/gestion/dossiers/AAA-AAA-AAA");
  check(walk.status === 404, `an unknown dossier answers 404, not ${walk.status}`);
  await axe("dossier introuvable");

  await press(page.getByRole("button", { name: "Se déconnecter" }), /\/gestion\/connexion\?sortie=1$/);
  check((await notice()).includes("déconnecté"), "logging out is confirmed");
  await axe("déconnexion");
  await page.goto("/gestion/dossiers");
  check(new URL(page.url()).pathname === "/gestion/connexion", "after logging out the queue asks for a session again");
  step("déconnecté");

  // The citizen's tracking page: one line per step the citizen sees, each dated.
  await page.goto(`/suivi?dossier=${encodeURIComponent(number)}&code=${encodeURIComponent(code)}`);
  for (const line of await page.locator("table.wsc-steps-table tbody tr").all()) {
    report.tracking.push({
      label: (await line.locator("th").textContent()).replace(/,?\s*étape actuelle\s*$/, "").trim(),
      date: (await line.locator("td.wsc-step-date time").count()) === 1 ? await line.locator("td.wsc-step-date time").getAttribute("datetime") : null,
      state: (await line.locator("td.wsc-step-state").innerText()).trim(),
    });
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
