// Says clearly what is missing before `npm test` spends minutes failing on it.
import { existsSync } from "node:fs";

const problems = [];
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  problems.push(`Node ${process.versions.node} is too old: jordbalance needs Node >= 20.19 (Vite 8).`);
}
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  problems.push(
    `Chromium not found at ${chromium}: the browser tests need Debian's chromium ` +
      "(apt-get install chromium) or CHROMIUM_PATH pointing at a Chromium binary.",
  );
}
if (!existsSync("node_modules"))
  problems.push("node_modules is missing: run `npm install` (or `npm ci`) first.");
if (problems.length > 0) {
  console.error(`npm test cannot run:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
