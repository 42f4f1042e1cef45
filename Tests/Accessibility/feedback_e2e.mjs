// The citizens' feedback in headless Debian Chromium (seed 004): the tracking page of a closed dossier
// invites to rate; the citizen chooses a note and writes a comment with the keyboard and sends it; the
// page then shows the rating. The public observatory and the procedure's page; the commune's
// administrator logs in, follows « Avis des usagers » from the administration's home, and answers the
// comment; the procedure's page shows the answer. axe-core checks every page on the way.
// Usage: node feedback_e2e.mjs BASE_URL DOSSIER CODE PROCEDURE EMAIL PASSWORD COMMENT ANSWER
// Prints one JSON object: { axe: [{ name, url, status, violations }] }; exits non-zero (with the reason) when the walk goes wrong.
import { check, launchChromium, startWalk } from "./browser.mjs";

const [base, dossier, code, procedure, email, password, comment, answer] = process.argv.slice(2);
const report = { axe: [] };

const browser = await launchChromium();
try {
  const walk = await startWalk(browser, base, report);
  const { page, axe, press } = walk;

  await page.goto(`/suivi?dossier=${encodeURIComponent(dossier)}&code=${encodeURIComponent(code)}`);
  check(await page.getByRole("heading", { name: "Donnez votre avis sur cette démarche" }).count() === 1, "the closed dossier invites to rate");
  await axe("suivi avis");

  // With the keyboard: the note among the radio buttons, the comment typed, the form sent with Enter on its button.
  const note = page.getByRole("radio", { name: "4 sur 5 : satisfait" });
  await note.focus();
  await page.keyboard.press("Space");
  check(await note.isChecked(), "the note is chosen with the keyboard");
  await page.getByLabel("Votre commentaire (facultatif)").focus();
  await page.keyboard.type(comment);
  await press(page.getByRole("button", { name: "Envoyer mon avis" }), /fait=avis/);
  check((await page.locator(".wsc-rating").innerText()).includes("Note : 4 sur 5"), "the page shows the rating given");
  check(await page.getByRole("status").filter({ hasText: "votre avis est enregistré" }).count() === 1, "the confirmation is announced");
  await axe("suivi avis donné");

  await page.goto("/observatoire");
  check(await page.getByRole("table").count() === 1, "the observatory's table");
  await axe("observatoire");
  await press(page.locator(`a[href="/observatoire/${procedure}"]`), new RegExp(`/observatoire/${procedure.replace(".", "\\.")}$`));
  check((await page.content()).includes(comment), "the procedure's page publishes the comment");
  await axe("observatoire démarche");

  await page.goto("/gestion/connexion");
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await press(page.getByRole("button", { name: "Se connecter" }), /\/gestion\/dossiers$/);
  await press(page.getByRole("link", { name: "Administration" }), /\/gestion\/administration$/);
  await press(page.getByRole("link", { name: "Avis des usagers" }), /\/gestion\/administration\/avis$/);
  await axe("avis administration");

  const entry = page.locator("li.fb-entry", { hasText: comment });
  check(await entry.count() === 1, "the administrator sees the comment");
  await entry.locator("textarea").focus();
  await page.keyboard.type(answer);
  await press(entry.getByRole("button", { name: /Publier la réponse/ }), /fait=reponse/);
  check((await page.locator(".bo-live").innerText()).includes("publiée"), "the answer's confirmation is announced");
  await axe("avis répondu");

  await page.goto(`/observatoire/${procedure}`);
  check((await page.content()).includes(answer), "the procedure's page publishes the answer");
  await axe("observatoire réponse");
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
