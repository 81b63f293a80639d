#!/usr/bin/env bash
# The record-linkage benchmark (issue 17, docs/linkage.md): a generated registry of N persons against another member
# state's file of N registrations, a share of them the registry's persons written differently (transliteration, typos,
# swapped day and month, missing fields); linked in the clear and on keyed Bloom-filter encodings. Prints precision,
# recall, F1, pairs compared and throughput. Release build. Usage: bench/linkage.sh [persons] [duplicate share] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release bench/Overgang.Benchmarks/Overgang.Benchmarks.csproj -nologo -v q >/dev/null
dotnet bench/Overgang.Benchmarks/bin/Release/net10.0/Overgang.Benchmarks.dll linkage "${1:-135000}" "${2:-0.10}" "${3:-2027}"
