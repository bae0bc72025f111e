#!/usr/bin/env sh
# Regenerates frontend/expr/generated/ (the TypeScript parser) from
# forms/src/main/antlr4/org/oneform/forms/expr/grammar/Expr.g4 with the ANTLR tool that forms/pom.xml pins.
# TypeScriptParserUpToDateTest (run by every forms build) fails while the committed files are stale.
set -eu
cd "$(dirname "$0")/../.."
exec ./mvnw -B -q -pl forms test -Dtest=TypeScriptParserUpToDateTest -Dsurefire.failIfNoSpecifiedTests=false -Dexpr.regenerate=true "$@"
