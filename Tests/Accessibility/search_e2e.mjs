// An agent searches the queue and saves the search, in headless Debian Chromium with the keyboard:
// log in, type keywords without accents in « Rechercher » (the dossier of a unique word is the only one
// found), a search without a word (refused next to the box), save the search under a name, reopen the
// queue from the saved search's link, delete it. axe-core checks every page on the way.
// Usage: node search_e2e.mjs BASE_URL DOSSIER_NUMBER KEYWORDS EMAIL PASSWORD
// Prints one JSON object: { axe: [{ name, url, status, violations }], steps: [...] }; exits non-zero (with the
// reason) when the walk goes wrong.
import { check, launchChromium, startWalk } from "./browser.mjs";

const [base, number, keywords, email, password] = process.argv.slice(2);
const report = { axe: [], steps: [] };

const browser = await launchChromium();
try {
  const walk = await startWalk(browser, base, report);
  const { page, axe, press } = walk;
  const step = text => report.steps.push(text);
  const notice = async () => (await page.locator('[role="status"]').first().innerText()).trim();

  await page.goto("/gestion/connexion");
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await Promise.all([page.waitForURL(/\/gestion\/dossiers$/), page.getByLabel("Mot de passe").press("Enter")]);
  step("connecté");

  // A search without a word: refused next to the box, no list.
  await page.getByRole("searchbox", { name: "Mots-clés" }).focus();
  await page.keyboard.type("a ?");
  await Promise.all([page.waitForURL(/[?&]recherche=/), page.keyboard.press("Enter")]);
  check(walk.status === 400, `a search without a word answers 400, not ${walk.status}`);
  check((await page.locator('[role="alert"]').innerText()).includes("La recherche ne contient aucun mot"), "the refusal is announced");
  await axe("recherche refusée");

  // The keywords, typed without accents: the one dossier holding them.
  await page.getByRole("searchbox", { name: "Mots-clés" }).fill("");
  await page.getByRole("searchbox", { name: "Mots-clés" }).focus();
  await page.keyboard.type(keywords);
  await press(page.getByRole("button", { name: "Rechercher" }), new RegExp(`[?&]recherche=${keywords.split(" ")[0]}`));
  check(walk.status === 200, `the search answers 200, not ${walk.status}`);
  check((await page.locator("#titre-liste").innerText()).trim() === "1 dossier", "one dossier found");
  check(await page.getByRole("row").filter({ hasText: number }).count() === 1, `the dossier ${number} is found`);
  await axe("recherche");
  step("trouvé par mots-clés");

  // Saved under a name, then listed and confirmed.
  await page.getByLabel("Nom de la recherche").focus();
  await page.keyboard.type("Ma recherche du navigateur");
  await press(page.getByRole("button", { name: "Enregistrer cette recherche" }), /[?&]fait=recherche-enregistree/);
  check((await notice()).includes("Recherche enregistrée"), "saving is confirmed");
  const saved = page.getByRole("link", { name: "Ma recherche du navigateur" });
  check(await saved.count() === 1 && (await saved.getAttribute("aria-current")) === "page", "the saved search is listed as the one shown");
  await axe("recherche enregistrée");
  step("enregistrée");

  // Reopened from another view of the queue by its link.
  await page.goto("/gestion/dossiers?etat=clos");
  await press(page.getByRole("link", { name: "Ma recherche du navigateur" }), /[?&]recherche=/);
  check(await page.getByRole("row").filter({ hasText: number }).count() === 1, "the saved search reopens the list found");
  step("rouverte");

  // Deleted by its button.
  await press(page.getByRole("button", { name: "Supprimer la recherche « Ma recherche du navigateur »" }), /[?&]fait=recherche-supprimee/);
  check((await notice()).includes("Recherche supprimée"), "deleting is confirmed");
  check(await page.getByRole("link", { name: "Ma recherche du navigateur" }).count() === 0, "the search is no longer listed");
  await axe("recherche supprimée");
  step("supprimée");
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
