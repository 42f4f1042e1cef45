// A commune's administrator changes the birth certificate through the administration pages in headless
// Debian Chromium, with the keyboard where a person would use it: log in, open the procedure from the
// header's « Administration », create a draft, add a step after RECHERCHE_ACTE and a field of the commune
// (a refused code first), put the procedure in test (the public form shows the field only with the
// preview key), then online (the public form shows it to everybody). A citizen files the form in the
// browser; an agent opens the dossier and performs its actions until the new step is current. axe-core
// checks every administration page on the way: the list, the editor without and with a draft, the
// editor refusing an edit, the agents' page.
// Usage: node administration_e2e.mjs BASE_URL ADMIN_EMAIL AGENT_EMAIL PASSWORD
// Prints one JSON object: { axe: [{ name, url, status, violations }], steps: [...], tree: {...}, forms: {...},
// dossier, currentStep, stepButtons: [...] }; exits non-zero (with the reason) when the walk goes wrong.
import { check, launchChromium, startWalk } from "./browser.mjs";

const [base, adminEmail, agentEmail, password] = process.argv.slice(2);
const procedure = "etat-civil.acte-naissance";
const editor = `/gestion/administration/${procedure}`;
const publicForm = `/communes/45234/${procedure}`;
const newStep = "Vérification par le service des archives";
const field = "Numéro de famille";
const report = { axe: [], steps: [], tree: {}, forms: {}, dossier: null, currentStep: null, stepButtons: [] };


// A control's label exactly, whether or not it ends with the required mark (an asterisk hidden from screen readers).
const labelled = label => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\*?$`);

const browser = await launchChromium();
try {
  const walk = await startWalk(browser, base, report);
  const { page, axe, press } = walk;
  const admin = walk.context;

  const step = text => report.steps.push(text);
  // Opens a disclosure (details/summary) with the keyboard.
  const disclose = async summary => {
    const locator = page.locator("summary", { hasText: summary });
    check(await locator.count() === 1, `one disclosure « ${summary} »`);
    await locator.focus();
    await page.keyboard.press("Enter");
  };
  // Types into a labelled control of a form, with the keyboard.
  const type = async (form, label, text) => {
    const control = form.getByLabel(labelled(label));
    await control.focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type(text);
  };
  const notice = async () => (await page.locator('[role="status"]').first().innerText()).trim();

  // The administration asks for a session: the login page, then back through the header's link.
  await page.goto("/gestion/administration");
  check(new URL(page.url()).pathname === "/gestion/connexion", `the administration without a session leads to the login page, not ${page.url()}`);
  await page.getByLabel("Adresse électronique").focus();
  await page.keyboard.type(adminEmail);
  await page.keyboard.press("Tab");
  await page.keyboard.type(password);
  await Promise.all([page.waitForURL(/\/gestion\/dossiers$/), page.keyboard.press("Enter")]);
  await press(page.getByRole("navigation", { name: "Gestion des dossiers" }).getByRole("link", { name: "Administration" }), /\/gestion\/administration$/);
  check((await page.locator("h1").innerText()).includes("Administration des démarches"), "the header's link opens the administration");
  const row = page.getByRole("row").filter({ hasText: "Demande d'acte de naissance" });
  check((await row.innerText()).includes("Proposée en ligne"), "the list gives the commune's offer");
  await axe("liste des démarches");
  step("liste");

  // The procedure's editor: the catalogue's version, read-only, until a draft is created.
  await press(row.getByRole("link", { name: "Demande d'acte de naissance" }), new RegExp(`${editor}$`));
  check(await page.locator("summary", { hasText: "Ajouter une étape" }).count() === 0, "the catalogue's version has no edit form");
  await axe("éditeur sans brouillon");
  await press(page.getByRole("button", { name: /^Créer un brouillon/ }), /fait=brouillon/);
  check((await notice()).includes("Le brouillon (version 1) est créé"), "the draft is confirmed");
  step("brouillon créé");

  // The tree: steps (numbered headings), « Actions : », each action with its trigger and target.
  const tree = page.locator("ol.adm-tree");
  const stepHeadings = async () => (await tree.locator(":scope > li > h3").allInnerTexts()).map(t => t.trim());
  report.tree.before = await stepHeadings();
  const search = tree.locator(":scope > li").filter({ has: page.getByRole("heading", { name: /^Étape 4 – / }) });
  report.tree.searchActions = (await search.locator("ul.adm-actions > li > h5").allInnerTexts()).map(t => t.trim());
  report.tree.searchHasActionsHeading = (await search.locator("h4").innerText()).trim();
  report.tree.foundTargetBefore = (await search.locator("ul.adm-actions > li").filter({ hasText: "Acte trouvé dans les registres" })
    .locator(".adm-target").innerText()).trim();
  report.tree.triggers = (await tree.locator("ul.adm-actions > li > ul.adm-marks > li").filter({ hasText: "Déclenchement" }).allInnerTexts()).map(t => t.trim());

  // A step code the editor refuses: announced, linked to its control, what was typed kept, the form open.
  await disclose("Ajouter une étape après l’étape 4");
  const addStep = page.locator("#f-etape-apres-RECHERCHE_ACTE");
  await type(addStep, "Code de la nouvelle étape", "verification archives");
  await type(addStep, "Libellé pour les agents", newStep);
  await type(addStep, "Libellé pour l’usager (suivi du dossier)", "Préparation du document");
  await press(addStep.getByRole("button", { name: /^Ajouter l’étape/ }), new RegExp(`${editor}$`));
  await page.waitForSelector('[role="alert"]');
  check(walk.status === 422, `a refused edit answers 422, not ${walk.status}`);
  const alert = (await page.locator('[role="alert"]').innerText()).trim();
  check(alert.includes("« verification archives » n'est pas un code valide"), `the refusal is announced: ${alert}`);
  check(await page.locator('[role="alert"] a[href="#f-etape-apres-RECHERCHE_ACTE-code"]').count() === 1, "the refusal links to the code's control");
  check(await addStep.getByLabel(labelled("Libellé pour les agents")).inputValue() === newStep, "the label typed is kept");
  check(await addStep.isVisible(), "the form refused is shown open");
  await axe("éditeur, modification refusée");
  step("code refusé");

  await type(addStep, "Code de la nouvelle étape", "VERIFICATION_ARCHIVES");
  await press(addStep.getByRole("button", { name: /^Ajouter l’étape/ }), /fait=etape-ajouter/);
  check((await notice()).includes("L'étape est ajoutée"), "the step is confirmed");
  report.tree.after = await stepHeadings();
  const found = (await tree.locator("ul.adm-actions > li").filter({ hasText: "Acte trouvé dans les registres" }).locator(".adm-target").innerText()).trim();
  report.tree.foundTargetAfter = found;
  const added = tree.locator(":scope > li").filter({ has: page.getByRole("heading", { name: `Étape 5 – ${newStep}` }) });
  report.tree.newStepActions = (await added.locator("ul.adm-actions > li > h5").allInnerTexts()).map(t => t.trim());
  report.tree.newStepTargets = (await added.locator("ul.adm-actions .adm-target").allInnerTexts()).map(t => t.trim());
  step("étape ajoutée");

  // A field of the commune, optional.
  await disclose("Ajouter un champ de la commune");
  const addField = page.locator("#f-champ_nouveau");
  await type(addField, "Libellé", field);
  await type(addField, "Nom technique", "numeroFamille");
  await addField.getByLabel(labelled("Type")).selectOption("text");
  await press(addField.getByRole("button", { name: "Ajouter le champ" }), /fait=champ-ajouter/);
  check((await notice()).includes("Le champ est ajouté"), "the field is confirmed");
  const item = page.locator("li.adm-item").filter({ has: page.locator("code", { hasText: /^numeroFamille$/ }) });
  report.forms.fieldInEditor = (await item.locator(":scope > p").innerText()).replace(/\s+/g, " ").trim();
  await axe("éditeur avec brouillon");
  step("champ ajouté");

  // In test: the public form shows the field only with the commune's preview key.
  await press(page.getByRole("button", { name: "Passer en test" }), /fait=test/);
  check((await notice()).includes("La version 1 est en test"), "the test version is confirmed");
  const visitor = await browser.newContext({ baseURL: base, locale: "fr-FR" });
  const form = await visitor.newPage();
  await form.goto(publicForm);
  report.forms.testWithoutKey = await form.getByLabel(field).count();
  await form.goto(`${publicForm}?apercu=apercu-demo-orleans`);
  report.forms.testWithKey = await form.getByLabel(field).count();
  step("en test");

  // Online: the public form shows it to everybody.
  await press(page.getByRole("button", { name: /^Mettre en ligne/ }), /fait=en-ligne/);
  check((await notice()).includes("La version 1 est en ligne"), "going online is confirmed");
  await form.goto(publicForm);
  report.forms.online = await form.getByLabel(field).count();
  step("en ligne");

  // The agents' page (the administration's other page), reached from its navigation.
  await press(page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Agents et profils" }), /\/gestion\/administration\/agents$/);
  check(await page.getByRole("row").filter({ hasText: agentEmail }).count() === 1, "the commune's agents are listed");
  await axe("agents et profils");

  // The commune's software (Flux.svc): the page, then a registration's answer with its secret shown once.
  await page.goto("/gestion/administration");
  await press(page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Logiciels de la commune" }), /\/gestion\/administration\/logiciels$/);
  await axe("logiciels de la commune");
  const registration = page.locator("#f-logiciel");
  await type(registration, "Nom du logiciel", "Logiciel d'état civil (parcours)");
  await registration.getByLabel("État civil", { exact: true }).check();
  await registration.getByRole("button", { name: "Enregistrer le logiciel" }).focus();
  await Promise.all([page.waitForLoadState("load"), page.waitForNavigation(), page.keyboard.press("Enter")]);
  check(await page.locator(".adm-secret-value").count() === 1, "the registration's answer shows the secret");
  await axe("secret d'un logiciel");
  step("logiciel enregistré");
  await press(page.getByRole("button", { name: "Se déconnecter" }), /\/gestion\/connexion\?sortie=1$/);
  step("administrateur déconnecté");

  // A citizen files the form, the commune's field filled.
  const fill = async (name, value) => {
    await form.locator(`[name="${name}"]`).focus();
    await form.keyboard.type(value);
  };
  await form.locator('[name="typeDocument"]').selectOption("EXTRAIT_SANS_FILIATION");
  await fill("nombreExemplaires", "1");
  await fill("titulaire.nomNaissance", "Lefèvre");
  await fill("titulaire.prenoms", "Anne Marie");
  await form.locator('[name="titulaire.dateNaissance"]').fill("1985-04-12");
  await fill("titulaire.communeNaissance", "45234");
  await fill("demandeur.nom", "Lefèvre");
  await fill("demandeur.prenom", "Anne");
  await fill("demandeur.adresse.voie", "rue de Bourgogne");
  await fill("demandeur.adresse.codePostal", "45000");
  await fill("demandeur.adresse.commune", "Orléans");
  await form.getByLabel(field).focus();
  await form.keyboard.type("F-2026-042");
  await form.getByRole("button", { name: "Envoyer la demande" }).focus();
  await Promise.all([form.waitForLoadState("load"), form.waitForNavigation(), form.keyboard.press("Enter")]);
  check((await form.locator("h1").innerText()).includes("Votre demande a bien été enregistrée"), `the request is filed: ${await form.locator("h1").innerText()}`);
  report.dossier = (await form.locator(".wsc-dossier-number").first().innerText()).trim();
  await visitor.close();
  step("demande déposée");

  // An agent treats the dossier until the new step is current.
  const agent = await browser.newContext({ baseURL: base, locale: "fr-FR" });
  const desk = await agent.newPage();
  await desk.goto("/gestion/connexion");
  await desk.getByLabel("Adresse électronique").fill(agentEmail);
  await desk.getByLabel("Mot de passe").fill(password);
  await Promise.all([desk.waitForURL(/\/gestion\/dossiers$/), desk.getByLabel("Mot de passe").press("Enter")]);
  await desk.goto(`/gestion/dossiers/${report.dossier}`);
  const current = async () => (await desk.locator(".wsc-fact").filter({ has: desk.locator("dt", { hasText: /^Étape en cours$/ }) }).locator("dd").innerText()).trim();
  for (const [code, label] of [["PRENDRE_EN_CHARGE", "Prendre en charge"], ["DONNEES_VERIFIEES", "Données vérifiées"],
    ["DEMANDE_RECEVABLE", "Demande recevable"], ["ACTE_TROUVE", "Acte trouvé dans les registres"]]) {
    const button = desk.getByRole("button", { name: label, exact: true });
    await button.focus();
    await Promise.all([desk.waitForURL(new RegExp(`fait=action&code=${code}$`)), desk.keyboard.press("Enter")]);
    step(`${label} → ${await current()}`);
  }
  report.currentStep = await current();
  report.stepButtons = (await desk.locator(".bo-actions button").allInnerTexts()).map(t => t.trim());
  await agent.close();
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
