// Bundles the stylesheet of the Overgang web application at build time: the Rijkshuisstijl design tokens (the theme),
// the Utrecht component CSS of the NL Design System, and our own layout rules, in that order. Nothing is fetched at
// run time: the result is embedded in Overgang.Web and served from /assets.
//   node bundle.mjs <output file>
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const output = process.argv[2];
if (!output) {
  console.error("usage: node bundle.mjs <output file>");
  process.exit(2);
}

const parts = [
  ["@rijkshuisstijl-community/design-tokens", "dist/index.css"],
  ["@utrecht/component-library-css", "dist/index.css"],
];
let css = "";
for (const [name, file] of parts) {
  const pkg = JSON.parse(readFileSync(join(here, "node_modules", name, "package.json"), "utf8"));
  css += `/* ${name} ${pkg.version} (${pkg.license}) */\n` + readFileSync(join(here, "node_modules", name, file), "utf8") + "\n";
}
css += "/* Overgang */\n" + readFileSync(join(here, "overgang.css"), "utf8");
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, css);
console.log(`bundled ${css.length} characters into ${output}`);
