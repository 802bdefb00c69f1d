#!/usr/bin/env bash
# One-off: bring the whole tree to the code style (Prettier, then ESLint's automatic fixes,
# then Prettier again, since a fix or a first pass can leave a line Prettier words
# differently), and prove the site did not change: the sample portal is built before and
# after, and every output file is compared. Prints what ESLint cannot fix by itself.
#
#   bash scripts/dev/format-all.sh        (from a clean work tree; commit the result)
#
# Why the comparison: Prettier's Astro plugin decides which whitespace in a template is
# significant, and it can be wrong (a U+3000 between two links became a plain space; the
# spaces inside a <caption> were dropped). Any such change shows up here as a differing page.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/node_modules/.bin:$PATH"

if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
  echo "Commit or stash your changes first: this rewrites files across the tree." >&2
  exit 1
fi

tmp="$(mktemp -d)"
build() {
  if ! node scripts/build.ts --as-of 2026-11-22 --out "$1" >"$tmp/build.log" 2>&1; then
    cat "$tmp/build.log" >&2
    echo "The build failed ($1); nothing compared." >&2
    exit 1
  fi
}

echo "Building the sample before formatting …"
build "$tmp/before"

echo "Formatting …"
prettier --write --log-level warn .
eslint --fix . >/dev/null || true
prettier --write --log-level warn .
git diff --shortstat

echo "Building the sample after formatting …"
build "$tmp/after"

# The search index (pagefind/) is derived from the pages; files copied from public/ are
# the reformatted sources themselves. Every other file must be byte for byte the same.
changed=0
while IFS= read -r line; do
  rel="${line#Files "$tmp"/before/}"
  rel="${rel%% and *}"
  if [[ "$line" == Files* && -e "public/$rel" ]]; then
    echo "  (reformatted copy of public/$rel)"
  else
    echo "  DIFFERS: $line"
    changed=1
  fi
done < <(diff -rq --exclude=pagefind "$tmp/before" "$tmp/after" || true)

echo
left=0
if ! eslint .; then
  echo "ESLint errors remain (above): --fix cannot fix these; fix them by hand, then run npm run lint." >&2
  left=1
fi
prettier --check --log-level warn . || left=1

if [ "$changed" -ne 0 ]; then
  echo "The built site changed (see DIFFERS above; before: $tmp/before, after: $tmp/after)." >&2
  echo "Fix those templates (README, Code style), e.g. on the formatted tree, and compare again." >&2
  exit 1
fi
rm -rf "$tmp"
echo "The built site is unchanged by the reformat."
[ "$left" -eq 0 ] && echo "Done: review and commit." || exit 1
