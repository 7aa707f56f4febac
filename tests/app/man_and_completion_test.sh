#!/usr/bin/env bash
# The man page and the shell completions the build wrote from the option
# tables: the page renders and lists every option --help lists, and the bash
# completion completes commands, subcommands, options and their choices.
# Usage: man_and_completion_test.sh INCIMAP_BIN DOCS_DIR
set -euo pipefail
bin=$1 docs=$2
fail() { echo "man/completion test: $*" >&2; exit 1; }

for f in incimap.1 incimap.bash _incimap; do [ -s "$docs/$f" ] || fail "$docs/$f is missing or empty"; done
cmp -s "$docs/incimap.bash" <("$bin" --completion bash) || fail "$docs/incimap.bash is not what the binary writes"

page=$(MANWIDTH=100 man -l "$docs/incimap.1" 2>&1) || fail "man -l failed: $page"
grep -q "^INCIMAP(1)" <<<"$page" || fail "the page has no INCIMAP(1) header: $(head -3 <<<"$page")"
for command in ingest places extract merge render view "gazetteer build" "gazetteer lookup"; do
  grep -qF "incimap $command" <<<"$page" || fail "the page has no section for incimap $command"
  # shellcheck disable=SC2086
  for option in $("$bin" $command --help | grep -oE '^  (-[a-z], )?-[-a-z]+' | grep -oE -- '-[-a-z]+$'); do
    grep -qF -- "$option" <<<"$page" || fail "$option of incimap $command --help is not in the man page"
  done
done

# Bash: the completion function on the words a user typed.
# shellcheck source=/dev/null
source "$docs/incimap.bash"
complete -p incimap >/dev/null || fail "the script registers no completion for incimap"
completes() {
  local expected=$1; shift
  COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=()
  _incimap
  [ "${COMPREPLY[*]}" = "$expected" ] || fail "'$*' completed to '${COMPREPLY[*]}', not '$expected'"
}
completes "extract" incimap ext
completes "gazetteer" incimap gaz
completes "build" incimap gazetteer b
completes "--output --overwrite" incimap extract --o
completes "--alternate-names" incimap gazetteer build --alt
completes "json jsonl" incimap places --input-format js
completes "month" incimap render --layers-by m
completes "-nln" incimap merge -nl
completes "" incimap places -j ""

# Zsh: an interactive zsh on a pseudo-terminal (zpty) given TAB after each
# partial line; its echo shows what the completion put on the line.
command -v zsh >/dev/null || { echo "no zsh: bash checked only" >&2; exit 0; }
zsh -n "$docs/_incimap" || fail "zsh cannot parse $docs/_incimap"
zsh -f "$(dirname "$0")/zsh_complete.zsh" "$docs" \
  "incimap rend" "incimap render" \
  "incimap extract --out" "incimap extract --output" \
  "incimap gazetteer build --alt" "incimap gazetteer build --alternate-names" \
  "incimap render --layers-by mo" "incimap render --layers-by month" || fail "zsh completion"
echo "man page: $(grep -c . <<<"$page") lines; bash and zsh complete commands, options and choices"
