// Runs axe-core (WCAG 2.1 A and AA rules) in headless Chromium on each HTML file given (the public edition's also
// at a phone's width); exit 1 on any violation.
//   node checks/axe.mjs dossier/*.html
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const files = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  // Flags this machine needs: no sandbox as root, and no background traffic to a network that is closed.
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"],
});
let violations = 0;
// Every page at a desktop width; at a phone's width, the public edition's pages (the ones read on the web):
// the other editions' pages are the same templates, with more columns in the list of participants.
const PHONE = /(^|\/)public\//;
const jobs = files.flatMap((f) => (PHONE.test(f) ? [[1280, f], [360, f]] : [[1280, f]]));

async function check([width, file]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  // Nothing from the network: a page that asks for a remote resource fails here.
  await page.route(/^(?!file:|data:)/, (route) => route.abort());
  await page.goto(pathToFileURL(resolve(file)).href);
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
  for (const v of result.violations) {
    violations += 1;
    const where = v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ");
    console.log(`${file} (${width}px): ${v.id}: ${v.help} [${v.nodes.length} element(s): ${where}]`);
  }
  await page.close();
}

try {
  // As many pages at once as there are cores: each page's rules run in a renderer process of its own.
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(cpus().length, jobs.length)) }, async () => {
    while (next < jobs.length) await check(jobs[next++]);
  });
  await Promise.all(lanes);
} finally {
  await browser.close();
}
console.log(`axe-core: ${files.length} page(s) at 1280 px, ${jobs.length - files.length} of them also at 360 px, ` +
            `${violations} violation(s)`);
process.exit(violations ? 1 : 0);
