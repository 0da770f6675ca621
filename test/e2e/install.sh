#!/usr/bin/env bash
# Installs what the end-to-end tests need, idempotently (a second run takes a second):
#   - Debian packages: chromium (driven by playwright-core; Playwright's own browser download is
#     not available), neovim (the Neovim LSP test), ripgrep and libkrb5-dev (code-server's build),
#     a C toolchain for code-server's native modules;
#   - @vscode/ripgrep's download cache filled from Debian's rg (its postinstall would otherwise
#     download ripgrep from the internet, which is not reachable here);
#   - `npm install` of test/e2e/package.json (code-server, playwright-core, @vscode/test-electron)
#     into test/e2e/node_modules, apart from the extension's own dependencies.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"

log() { printf '[e2e install] %s\n' "$*"; }
start=$(date +%s)

# 1. Debian packages.
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v nvim >/dev/null || need+=(neovim)
command -v rg >/dev/null || need+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
command -v make >/dev/null || need+=(make)
command -v g++ >/dev/null || need+=(g++)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  log "apt-get install ${need[*]}"
  if [ "$(id -u)" = 0 ]; then sudo=(); else sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null
fi

# 2. code-server depends on @vscode/ripgrep, whose postinstall downloads a ripgrep release unless
#    the tarball is already in its cache folder under os.tmpdir(). Serve it Debian's rg.
tmpdir="$(node -p 'require("os").tmpdir()')"
rg_cache="$tmpdir/vscode-ripgrep-cache-1.15.11"
rg_tar="$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$rg_tar" ]; then
  log "filling $rg_tar from $(command -v rg)"
  mkdir -p "$rg_cache"
  stage="$(mktemp -d)"
  cp "$(command -v rg)" "$stage/rg"
  tar -czf "$rg_tar" -C "$stage" rg
  rm -rf "$stage"
fi

# 3. The e2e package. A stamp of package.json + lockfile skips the install when nothing changed.
stamp="node_modules/.e2e-install-stamp"
want="$( (cat package.json package-lock.json 2>/dev/null || true) | sha256sum | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x node_modules/.bin/code-server ]; then
  log "node_modules up to date"
else
  log "npm ci (code-server builds native modules: a minute or two)"
  export npm_config_yes=true npm_config_unsafe_perm=true npm_config_fund=false npm_config_audit=false
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
  # Recompute: npm install may have written the lockfile.
  cat package.json package-lock.json | sha256sum | cut -d' ' -f1 > "$stamp"
fi

cfg="$(mktemp -d)"
log "code-server $(XDG_CONFIG_HOME="$cfg" XDG_DATA_HOME="$cfg" node_modules/.bin/code-server --version 2>/dev/null | tail -1)"
rm -rf "$cfg"
log "chromium: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
log "neovim: $(nvim --version | head -1)"
log "done in $(( $(date +%s) - start ))s"
