#!/usr/bin/env bash
# Regenerate the Django template parser and rebuild its wasm (npm run build:grammar).
#
#   grammars/django-template/grammar.js + src/scanner.c
#     -> src/parser.c, src/grammar.json, src/node-types.json, src/tree_sitter/*.h  (tree-sitter generate)
#     -> tree-sitter-django_template.wasm                                          (emcc)
#     -> grammar.sha256  (stamp checked by test/grammar/corpus.test.ts)
#
# Options:
#   --test   also run `tree-sitter test` on test/corpus (needs a C compiler)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
GRAMMAR_DIR="$ROOT/django-template"
LANG_NAME="django_template"
WASM="tree-sitter-$LANG_NAME.wasm"
TS_VERSION="~0.25"

run_tests=0
for arg in "$@"; do
  case "$arg" in
    --test) run_tests=1 ;;
    *) echo "usage: $0 [--test]" >&2; exit 2 ;;
  esac
done

# --- tree-sitter CLI -------------------------------------------------------
TREE_SITTER="${TREE_SITTER:-}"
if [ -z "$TREE_SITTER" ]; then
  if command -v tree-sitter >/dev/null 2>&1; then
    TREE_SITTER="$(command -v tree-sitter)"
  elif [ -x "$HOME/.cargo/bin/tree-sitter" ]; then
    TREE_SITTER="$HOME/.cargo/bin/tree-sitter"
  else
    if ! command -v cargo >/dev/null 2>&1; then
      echo "error: tree-sitter CLI not found and cargo is missing (install Rust, then re-run)" >&2
      exit 1
    fi
    echo "tree-sitter CLI not found: installing it with cargo (a few minutes)..." >&2
    cargo install tree-sitter-cli --version "$TS_VERSION" --locked
    TREE_SITTER="$HOME/.cargo/bin/tree-sitter"
  fi
fi
ts_version="$("$TREE_SITTER" --version | awk '{print $2}')"
case "$ts_version" in
  0.25.*) ;;
  *) echo "warning: tree-sitter $ts_version found; the committed parser was generated with 0.25.x" >&2 ;;
esac

# --- emscripten --------------------------------------------------------------
EMCC="${EMCC:-$(command -v emcc || true)}"
if [ -z "$EMCC" ]; then
  echo "error: emcc not found. Install emscripten: apt-get install emscripten" >&2
  exit 1
fi

cd "$GRAMMAR_DIR"

echo "==> tree-sitter generate ($ts_version)"
"$TREE_SITTER" generate grammar.js

echo "==> emcc -> $WASM"
sources=(src/parser.c)
[ -f src/scanner.c ] && sources+=(src/scanner.c)
"$EMCC" -Os -std=c11 -fno-exceptions \
  -s WASM=1 -s SIDE_MODULE=2 \
  -s "EXPORTED_FUNCTIONS=[\"_tree_sitter_$LANG_NAME\"]" \
  -I src "${sources[@]}" -o "$WASM"

echo "==> grammar.sha256"
stamp_inputs=(grammar.js)
[ -f src/scanner.c ] && stamp_inputs+=(src/scanner.c)
sha256sum "${stamp_inputs[@]}" > grammar.sha256
cat grammar.sha256

if [ "$run_tests" = 1 ]; then
  echo "==> tree-sitter test"
  "$TREE_SITTER" test
fi

ls -l "$WASM"
