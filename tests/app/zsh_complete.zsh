# Completes lines in an interactive zsh on a pseudo-terminal (zpty): for
# each TYPED EXPECTED pair, types TYPED and a TAB, and waits (10 s at most)
# for EXPECTED to show in what zsh echoes. Exit 1 at the first that does not.
# Usage: zsh -f zsh_complete.zsh COMPLETION_DIR TYPED EXPECTED [TYPED EXPECTED...]
zmodload zsh/zpty
dir=$1; shift
zpty z zsh -f -i
zpty -w z "PROMPT='> '; fpath=($dir \$fpath); autoload -Uz compinit; compinit -u -D; incimap() { :; }"
while (( $# >= 2 )); do
  typed=$1 expected=$2; shift 2
  zpty -w -n z "$typed"$'\t'
  seen=
  for attempt in {1..100}; do
    zpty -r -t z chunk && seen+=$chunk
    [[ $seen == *"$expected"* ]] && break
    sleep 0.1
  done
  if [[ $seen != *"$expected"* ]]; then
    print -r -- "zsh completed '$typed' to no '$expected': ${(q)seen}"
    zpty -d z
    exit 1
  fi
  zpty -w -n z $'\x15'  # erase the line for the next
done
zpty -d z
