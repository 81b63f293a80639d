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

// The NL Design System components the pages use, each from its own package (the packages of
// @utrecht/component-library-css, at the versions package-lock.json pins), instead of the library's index.css with
// all 100 of them: 504 KB became 272 KB (issue 14). A page that starts to use another component adds it here
// (StylesheetBundleTests fails naming a utrecht- class whose component is not bundled).
const components = [
  "document", "body", "paragraph", "heading-1", "heading-2", "heading-3", "heading-4", "heading-5", "heading-6",
  "link", "link-list", "skip-link", "unordered-list", "ordered-list", "separator", "code", "emphasis",
  "table", "data-list", "status-badge", "badge-counter", "alert", "accordion", "pagination",
  "button", "button-link", "button-group", "form", "form-field", "form-fieldset", "form-label", "form-field-description",
  "form-field-error-message", "textbox", "textarea", "select", "checkbox", "radio-button",
];
const parts = [
  ["@rijkshuisstijl-community/design-tokens", "dist/index.css"],
  ...components.map((component) => [`@utrecht/${component}-css`, "dist/index.css"]),
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
