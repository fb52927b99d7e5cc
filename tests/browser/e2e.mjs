// End to end in a real browser: start `factlens serve`, paste an article into the page, press
// Check, find a refuted office claim marked, click it, and see its correction. Saves a
// screenshot. Usage: node e2e.mjs FACTLENS_BINARY ARTICLE SCREENSHOT
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const [binary, articlePath, screenshot] = process.argv.slice(2);
const article = readFileSync(articlePath, "utf8");

function fail(message) {
  console.error(`FAILED: ${message}`);
  process.exitCode = 1;
}

const server = spawn(binary, ["serve", "--port", "0", "--quiet"], { stdio: ["ignore", "ignore", "pipe"] });
const port = await new Promise((resolve, reject) => {
  let err = "";
  const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 10000);
  server.stderr.on("data", (chunk) => {
    err += chunk;
    const m = err.match(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
    if (m) { clearTimeout(timer); resolve(Number(m[1])); }
  });
  server.on("exit", (code) => reject(new Error(`server exited with ${code}: ${err}`)));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const external = [];
  page.on("request", (r) => { if (!r.url().startsWith(`http://127.0.0.1:${port}/`)) external.push(r.url()); });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.fill("#text", article);
  await page.click("#check");
  await page.waitForSelector("mark.refuted", { timeout: 15000 });
  const summary = await page.textContent("#summary");
  if (!/refuted/.test(summary)) fail(`no summary: ${summary}`);
  const refutedOffice = page.locator("mark.refuted", { hasText: "Chile Eboe-Osuji" });
  if ((await refutedOffice.count()) !== 1) fail("the refuted office claim about Chile Eboe-Osuji is not marked");
  await refutedOffice.first().click();
  const correction = await page.textContent("#correction");
  if (!correction || !correction.includes("Piotr Hofmański")) fail(`correction not shown: ${correction}`);
  // Verdicts are told apart without colour too: a symbol before each mark.
  const symbol = await page.evaluate(() => getComputedStyle(document.querySelector("mark.refuted"), "::before").content);
  if (!symbol.includes("\u2717")) fail(`no symbol for refuted claims: ${symbol}`);
  if ((await page.locator("mark.supported").count()) === 0) fail("no supported claim marked");
  if (external.length) fail(`the page loaded external resources: ${external.join(", ")}`);
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(process.exitCode ? "browser test failed" : `browser test passed; screenshot ${screenshot}`);
} catch (e) {
  fail(e.stack || String(e));
} finally {
  await browser.close();
  server.kill("SIGTERM");
}
