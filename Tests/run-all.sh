#!/usr/bin/env bash
# Runs every test of Web Services Citoyens on a Debian machine with the .NET SDK.
# Installs, through apt, the outside tools the tests drive: PHP SoapClient, Python zeep,
# xsltproc (libxslt), Saxon-HE (with Java), lxml for HTML canonicalisation, Chromium, the DejaVu fonts
# the PDFs are written with (the host needs them too), poppler-utils (pdftotext, pdfinfo) and aiosmtpd
# (the SMTP server the notification tests send to), xmlsec1 (an independent check of the signed acknowledgements),
# postgresql (the server the second pass of the suite stores in; the tests start their own cluster on loopback); and,
# through npm, axe-core and playwright-core (pinned in Tests/Accessibility/package-lock.json) and
# the commune open data @etalab/decoupage-administratif (Services/Directory/package-lock.json).
# Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

packages=(php-cli php-soap php-xml python3-zeep python3-lxml xsltproc libsaxonhe-java default-jre-headless chromium
          fonts-dejavu-core poppler-utils python3-aiosmtpd xmlsec1 postgresql)
# Node and npm often come with the machine rather than from apt: install Debian's only when absent.
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null || {
    echo "apt-get install failed"; echo "0 passed, 1 failed"; exit 1; }
fi

for folder in Tests/Accessibility Services/Directory; do
  (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci failed in $folder"; echo "0 passed, 1 failed"; exit 1; }
done

results="$(mktemp -d)"
dotnet build WebServicesCitoyens.sln -c Release -nologo -v q -clp:ErrorsOnly
build=$?
if [ $build -ne 0 ]; then echo "build failed"; echo "0 passed, 1 failed"; exit 1; fi

# The whole suite on SQLite, then on PostgreSQL every test but those about the SQLite file itself and two
# groups that test markup, not the store: the XSLT engine comparisons (Rendering) and the accessibility walk of
# the public pages (axe).
dotnet test WebServicesCitoyens.sln -c Release --no-build -nologo \
  --logger "trx;LogFileName=sqlite.trx" --results-directory "$results" -- NUnit.NumberOfTestWorkers=1
status=$?
WSC_TEST_STORE=postgresql dotnet test WebServicesCitoyens.sln -c Release --no-build -nologo \
  --filter "TestCategory!=SqliteOnly&FullyQualifiedName!~WebServicesCitoyens.Tests.Rendering&FullyQualifiedName!~WebServicesCitoyens.Tests.Web.AccessibilityTests" \
  --logger "trx;LogFileName=postgresql.trx" --results-directory "$results" -- NUnit.NumberOfTestWorkers=1
[ $? -ne 0 ] && status=1

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p'); f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ $status -ne 0 ] && [ $failed -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
