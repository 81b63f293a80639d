#!/usr/bin/env bash
# Refreshes the committed front-end files from the npm registry; the build and the tests need neither Node.js nor npm.
#   tools/refresh-stylesheet.sh
# Run it after changing src/Overgang.Web/Client/package.json (then package-lock.json), bundle.mjs or overgang.css, and
# commit what it writes:
#   src/Overgang.Web/Assets/overgang.bundle.css      the NL Design System stylesheet and our layout, in one file, embedded
#                                                    in Overgang.Web and served from /assets
#   src/Overgang.Web/Assets/overgang.bundle.sha256   the SHA-256 of the inputs it was bundled from (sha256sum format,
#                                                    paths relative to src/Overgang.Web); a test compares them with the
#                                                    inputs, so an input changed without a refresh fails the tests
#   tests/Overgang.Web.Tests/Support/axe.min.js      axe-core, for the accessibility checks of the browser tests
# Needs Node.js with npm (Debian: apt-get install nodejs npm).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
web="$root/src/Overgang.Web"
client="$web/Client"
for tool in node npm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "refresh-stylesheet: $tool not found: install Node.js with npm (Debian: apt-get install nodejs npm)" >&2; exit 1; }
done

(cd "$client" && npm ci --no-audit --no-fund --loglevel=error)
(cd "$client" && node bundle.mjs "$web/Assets/overgang.bundle.css")
cp "$client/node_modules/axe-core/axe.min.js" "$root/tests/Overgang.Web.Tests/Support/axe.min.js"
(cd "$web" && sha256sum Client/package-lock.json Client/bundle.mjs Client/overgang.css > Assets/overgang.bundle.sha256)
echo "refresh-stylesheet: wrote src/Overgang.Web/Assets/overgang.bundle.css, overgang.bundle.sha256 and tests/Overgang.Web.Tests/Support/axe.min.js"
