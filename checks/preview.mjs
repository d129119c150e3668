// Drives `dossier serve` in headless Chromium as a secretariat would: opens a page, edits a bio on disk, and waits
// for the open page to show the new sentence (reloaded by the preview itself, never by this script); then breaks
// the bio and waits for the findings, then mends it. Prints what it saw; exit 1 when the page did not follow.
//   node checks/preview.mjs URL BIO OLD NEW
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "playwright-core";

const [url, bio, before, after] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"],
});
const page = await browser.newPage();
const shows = (text) => page.waitForFunction((t) => document.body && document.body.innerText.includes(t), text,
                                             { timeout: 60000 });
let reloads = 0;
page.on("load", () => { reloads += 1; });
// The preview's Content-Security-Policy must allow everything its pages need: a refusal is a failure.
const refused = [];
page.on("console", (message) => {
  if (message.type() === "error" && message.text().includes("Content Security Policy")) refused.push(message.text());
});
try {
  await page.goto(url);
  await shows(before);
  const text = readFileSync(bio, "utf8");
  writeFileSync(bio, text.replace(before, after));
  await shows(after);
  console.log(`saved: the open page shows "${after}"`);
  const name = text.match(/^name: (.*)$/m)[1];
  writeFileSync(bio, text.replace(before, after).replace(`name: ${name}`, `name: ${name}son`));
  await shows("The inputs have");
  console.log(`broken: the page shows the findings: ${(await page.innerText("h1")).trim()}`);
  writeFileSync(bio, text.replace(before, after));
  await shows(after);
  console.log(`mended: the page shows the dossier again; ${reloads} page loads in all`);
  if (refused.length) throw new Error(`the page's security policy refused: ${refused.join("; ")}`);
  console.log("security policy: nothing the page needs was refused");
} catch (error) {
  console.log(`the page did not follow: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
