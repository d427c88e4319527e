#compdef claimgraph

autoload -U is-at-least

_claimgraph() {
    typeset -A opt_args
    typeset -a _arguments_options
    local ret=1

    if is-at-least 5.2; then
        _arguments_options=(-s -S -C)
    else
        _arguments_options=(-s -C)
    fi

    local context curcontext="$curcontext" state line
    _arguments "${_arguments_options[@]}" : \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_claimgraph_commands" \
"*::: :->claimgraph" \
&& ret=0
    case $state in
    (claimgraph)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:claimgraph-command-$line[1]:"
        case $line[1] in
            (check)
_arguments "${_arguments_options[@]}" : \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'--deny-warnings[Fail on warnings too]' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(trace)
_arguments "${_arguments_options[@]}" : \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':claim -- Claim id, or its text in any language:_default' \
&& ret=0
;;
(origins)
_arguments "${_arguments_options[@]}" : \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'--all[The origins of every claim, in data order, in one run\: in JSON an array holding one \`origins\` answer per claim]' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'::claim -- Claim id, or its text in any language:_default' \
&& ret=0
;;
(timeline)
_arguments "${_arguments_options[@]}" : \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':claim -- Claim id, or its text in any language:_default' \
&& ret=0
;;
(said)
_arguments "${_arguments_options[@]}" : \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'--members[Also what the actors and outlets belonging to it, directly or through others, said and carried (as \`claims --by X --members\`)]' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':actor -- Actor or outlet id, name or alias:_default' \
&& ret=0
;;
(contradictions)
_arguments "${_arguments_options[@]}" : \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'::claim -- Only those touching this claim:_default' \
&& ret=0
;;
(similar)
_arguments "${_arguments_options[@]}" : \
'--claim=[Only pairs with this claim (id, or its text in any language)]:CLAIM:_default' \
'--min-score=[The least score of a suggestion, from 0 to 1 \[default\: 0.2; 0.05 with --claim\]]:MIN_SCORE:_default' \
'--limit=[Show at most this many pairs]:LIMIT:_default' \
'*--pick=[The rank of a pair to write, as listed (repeat for several)]:RANK:_default' \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'--same-document[Also pair claims that one document states both of (left out by default\: an annotator files a document'\''s restatements under one claim)]' \
'--write[Append the picked pairs to relations.ron as SameAs relations, keeping every comment and line of the file]' \
'--dry-run[With --write\: show the change as a diff and write nothing]' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':id -- Any id, name or alias:_default' \
&& ret=0
;;
(search)
_arguments "${_arguments_options[@]}" : \
'*--kind=[Only records of this kind (repeat for several)]:KIND:((actor\:"A speaker (\`actors.ron\`)"
outlet\:"A publisher (\`outlets.ron\`)"
entity\:"A thing claims are about (\`entities.ron\`)"
claim\:"A proposition (\`claims.ron\`)"
source\:"An annotated document"
statement\:"One speaker stating one claim, as one document reports it"))' \
'--limit=[Show at most this many hits]:LIMIT:_default' \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::text -- Words to look for; several words are one query:_default' \
&& ret=0
;;
(stats)
_arguments "${_arguments_options[@]}" : \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(coverage)
_arguments "${_arguments_options[@]}" : \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'::source -- Only this source (id or title):_default' \
&& ret=0
;;
(claims)
_arguments "${_arguments_options[@]}" : \
'--about=[Statements about this entity]:ABOUT:_default' \
'--by=[Statements by this actor or outlet (add --members for those belonging to it)]:BY:_default' \
'--outlet=[Statements published or relayed by this outlet]:OUTLET:_default' \
'--stance=[Statements with this stance]:STANCE:((affirms\:"Asserts the claim as true"
denies\:"Asserts the claim is false"
hedges\:"Suggests the claim with caveats\: “presumably”, “may have”"
reports\:"An outlet writes the claim up without naming a source or vouching for it"))' \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'--members[With --by, also statements by the actors and outlets belonging to it, directly or through others (as \`said --members\`)]' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(actors)
_arguments "${_arguments_options[@]}" : \
'--about=[Statements about this entity]:ABOUT:_default' \
'--by=[Statements by this actor or outlet (add --members for those belonging to it)]:BY:_default' \
'--outlet=[Statements published or relayed by this outlet]:OUTLET:_default' \
'--stance=[Statements with this stance]:STANCE:((affirms\:"Asserts the claim as true"
denies\:"Asserts the claim is false"
hedges\:"Suggests the claim with caveats\: “presumably”, “may have”"
reports\:"An outlet writes the claim up without naming a source or vouching for it"))' \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'--members[With --by, also statements by the actors and outlets belonging to it, directly or through others (as \`said --members\`)]' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(statements)
_arguments "${_arguments_options[@]}" : \
'--about=[Statements about this entity]:ABOUT:_default' \
'--by=[Statements by this actor or outlet (add --members for those belonging to it)]:BY:_default' \
'--outlet=[Statements published or relayed by this outlet]:OUTLET:_default' \
'--stance=[Statements with this stance]:STANCE:((affirms\:"Asserts the claim as true"
denies\:"Asserts the claim is false"
hedges\:"Suggests the claim with caveats\: “presumably”, “may have”"
reports\:"An outlet writes the claim up without naming a source or vouching for it"))' \
'--claim=[Statements of this claim (id, or its text in any language)]:CLAIM:_default' \
'--source=[Statements in this source'\''s document (id or title)]:SOURCE:_default' \
'--channel=[Statements said on this channel (\`facebook\`, \`press-release\`, … or the words of an \`Other\` channel)]:CHANNEL:_default' \
'--since=[Statements made on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); undated statements are left out]:SINCE:_default' \
'--until=[Statements made on or before this date, or within it (\`2020-09\` takes in all of September); undated statements are left out]:UNTIL:_default' \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'--members[With --by, also statements by the actors and outlets belonging to it, directly or through others (as \`said --members\`)]' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(sources)
_arguments "${_arguments_options[@]}" : \
'--about=[Statements about this entity]:ABOUT:_default' \
'--by=[Statements by this actor or outlet (add --members for those belonging to it)]:BY:_default' \
'--outlet=[Statements published or relayed by this outlet]:OUTLET:_default' \
'--stance=[Statements with this stance]:STANCE:((affirms\:"Asserts the claim as true"
denies\:"Asserts the claim is false"
hedges\:"Suggests the claim with caveats\: “presumably”, “may have”"
reports\:"An outlet writes the claim up without naming a source or vouching for it"))' \
'--claim=[Statements of this claim (id, or its text in any language)]:CLAIM:_default' \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'--members[With --by, also statements by the actors and outlets belonging to it, directly or through others (as \`said --members\`)]' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(review)
_arguments "${_arguments_options[@]}" : \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_claimgraph__subcmd__review_commands" \
"*::: :->review" \
&& ret=0

    case $state in
    (review)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:claimgraph-review-command-$line[1]:"
        case $line[1] in
            (queue)
_arguments "${_arguments_options[@]}" : \
'--limit=[Show at most this many claims]:LIMIT:_default' \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(repeats)
_arguments "${_arguments_options[@]}" : \
'--claim=[Only this claim (id, or its text in any language)]:CLAIM:_default' \
'--since=[Only statements dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)]:SINCE:_default' \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(start)
_arguments "${_arguments_options[@]}" : \
'--by=[Who is making the change; recorded in the review'\''s history]:BY:_default' \
'--date=[The date to record (YYYY-MM-DD); today when left out]:DATE:_default' \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'--dry-run[Show the change as a diff and write nothing]' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':claim -- The claim reviewed\: id, or its text in any language:_default' \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
'--by=[Who is making the change; recorded in the review'\''s history]:BY:_default' \
'--date=[The date to record (YYYY-MM-DD); today when left out]:DATE:_default' \
'--status=[New status]:STATUS:((unreviewed\:"No one has started on it"
in-progress\:"A reviewer is working on it"
needs-more-evidence\:"Sent back\: the evidence cannot settle it yet"
reviewed\:"Reviewed; \`check\` requires a verdict"
published\:"Published; requires a verdict, evidence and a \`published\` date"))' \
'--verdict=[The verdict]:VERDICT:((false\:"The claim is false (1 on the scale)"
misleading\:"True in part but misleading as put (2)"
mixed\:"Partly true, partly false (3)"
mostly-true\:"Mostly true (4)"
true\:"The claim is true (5)"
unproven\:"The evidence does not settle it either way"
not-checkable\:"An opinion or prediction\: nothing to check"))' \
'--rationale=[Why the verdict follows from the evidence]:RATIONALE:_default' \
'--url=[Where the review is published]:URL:_default' \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'--dry-run[Show the change as a diff and write nothing]' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':claim -- The claim reviewed\: id, or its text in any language:_default' \
&& ret=0
;;
(evidence)
_arguments "${_arguments_options[@]}" : \
'--by=[Who is making the change; recorded in the review'\''s history]:BY:_default' \
'--date=[The date to record (YYYY-MM-DD); today when left out]:DATE:_default' \
'--points-to=[A statement id, source id, claim id, or an http(s) URL]:POINTS_TO:_default' \
'--grade=[How much the evidence weighs]:GRADE:((physical-evidence\:"Remains, photographs with serial numbers, recordings"
official-document\:"A document issued by an institution"
on-record\:"A named person or body speaking on the record"
anonymous\:"An unnamed source"
hearsay\:"Second-hand report without a traceable origin"))' \
'--bearing=[Whether it supports or refutes the claim]:BEARING:((supports\:"The evidence makes the claim more likely true"
refutes\:"The evidence makes the claim less likely true"))' \
'--note=[What the evidence shows]:NOTE:_default' \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'--dry-run[Show the change as a diff and write nothing]' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':claim -- The claim reviewed\: id, or its text in any language:_default' \
&& ret=0
;;
(publish)
_arguments "${_arguments_options[@]}" : \
'--by=[Who is making the change; recorded in the review'\''s history]:BY:_default' \
'--date=[The date to record (YYYY-MM-DD); today when left out]:DATE:_default' \
'--url=[Where the review is published]:URL:_default' \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'--dry-run[Show the change as a diff and write nothing]' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':claim -- The claim reviewed\: id, or its text in any language:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_claimgraph__subcmd__review__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:claimgraph-review-help-command-$line[1]:"
        case $line[1] in
            (queue)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(repeats)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(start)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(evidence)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(publish)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(report)
_arguments "${_arguments_options[@]}" : \
'--to=[Markdown or HTML]:TO:((markdown\:"Markdown, with the chain graph as a DOT block or inline SVG"
html\:"A standalone HTML page with the chain graph as inline SVG"))' \
'-o+[Write to this file instead of standard output\: all at once or not at all (nothing is created on failure); an existing file only with --force]:FILE:_files' \
'--output=[Write to this file instead of standard output\: all at once or not at all (nothing is created on failure); an existing file only with --force]:FILE:_files' \
'--graph=[The chain graph\: drawn as SVG by Graphviz (\`svg\`), as DOT source (\`dot\`), or SVG when Graphviz is installed (\`auto\`)]:GRAPH:((auto\:"SVG when Graphviz \`dot\` is installed, otherwise the DOT source"
svg\:"SVG drawn by Graphviz \`dot\`; an error when it is not installed"
dot\:"The DOT source, as text (the same on every machine)"))' \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'--force[With --output, replace the file if it exists]' \
'--interactive[html\: also embed the interactive chain view of \`view --claim\` (scripts allowed by their hashes only); the static graph stays, for print]' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':claim -- Claim id, or its text in any language:_default' \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_claimgraph__subcmd__import_commands" \
"*::: :->import" \
&& ret=0

    case $state in
    (import)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:claimgraph-import-command-$line[1]:"
        case $line[1] in
            (claimreview)
_arguments "${_arguments_options[@]}" : \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'--dry-run[Report what would be written, as diffs, and write nothing]' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::files -- Files\: ClaimReview JSON-LD, HTML pages, Fact Check Tools responses, JSON Lines; `-` reads standard input:_files' \
&& ret=0
;;
(csv)
_arguments "${_arguments_options[@]}" : \
'*--map=[Column mapping\: \`field=Header\` pairs, e.g. \`--map claim="Claim text"\`]:FIELD=HEADER:_default' \
'--delimiter=[The character between cells\: \`,\` \`;\` \`|\`, \`tab\` or any other single character. By default it is detected from the header line]:CHAR:_default' \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'--dry-run[Report what would be written, as diffs, and write nothing]' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::files -- CSV files; `-` reads standard input:_files' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_claimgraph__subcmd__import__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:claimgraph-import-help-command-$line[1]:"
        case $line[1] in
            (claimreview)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(csv)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(export)
_arguments "${_arguments_options[@]}" : \
'(--around)--claim=[Only this claim'\''s attribution neighbourhood]:CLAIM:_default' \
'--around=[Only the records around this one]:AROUND:_default' \
'--depth=[Hops to take from --around]:DEPTH:_default' \
'--publisher-name=[claimreview\: our desk'\''s name, the \`author\` of every review (overrides \`claimgraph.toml\`)]:PUBLISHER_NAME:_default' \
'--publisher-url=[claimreview\: our desk'\''s home page (overrides \`claimgraph.toml\`)]:PUBLISHER_URL:_default' \
'-o+[Write to this file instead of standard output\: all at once or not at all (nothing is created on failure); an existing file only with --force]:FILE:_files' \
'--output=[Write to this file instead of standard output\: all at once or not at all (nothing is created on failure); an existing file only with --force]:FILE:_files' \
'--base=[turtle, ntriples\: the namespace of every record'\''s IRI, an http(s) address ending in \`/\` or \`#\` (overrides \`claimgraph.toml\`'\''s \`\[rdf\] base\`; default https\://claimgraph.example/id/)]:IRI:_default' \
'--dir=[csv --neo4j\: the folder to write into; existing files are never overwritten]:DIR:_files' \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'--force[With --output, replace the file if it exists]' \
'--neo4j[csv\: write the files \`neo4j-admin database import\` reads (one per node label and relationship type) into --dir, instead of one edge table on stdout]' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':to -- What to write:((dot\:"Graphviz DOT"
claimreview\:"schema.org ClaimReview JSON-LD, one per reviewed claim in the view"
turtle\:"RDF Turtle\: PROV-O attribution, schema.org claims, outlets and reviews"
ntriples\:"RDF N-Triples\: the Turtle'\''s triples, one a line, for bulk loading"
graphml\:"GraphML, with typed node and edge attributes"
gexf\:"GEXF 1.3 (Gephi), with typed node and edge attributes"
csv\:"CSV\: one edge table on stdout, or with --neo4j the Neo4j import files"
json\:"The graph as JSON under a published schema (\`docs/schema/graph.schema.json\`)"))' \
&& ret=0
;;
(view)
_arguments "${_arguments_options[@]}" : \
'(--around)--claim=[Only this claim'\''s attribution neighbourhood]:CLAIM:_default' \
'--around=[Only the records around this one]:AROUND:_default' \
'--depth=[Hops to take from --around]:DEPTH:_default' \
'-o+[Write to this file instead of standard output\: all at once or not at all (nothing is created on failure); an existing file only with --force]:FILE:_files' \
'--output=[Write to this file instead of standard output\: all at once or not at all (nothing is created on failure); an existing file only with --force]:FILE:_files' \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'--force[With --output, replace the file if it exists]' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(cache)
_arguments "${_arguments_options[@]}" : \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_claimgraph__subcmd__cache_commands" \
"*::: :->cache" \
&& ret=0

    case $state in
    (cache)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:claimgraph-cache-command-$line[1]:"
        case $line[1] in
            (clear)
_arguments "${_arguments_options[@]}" : \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_claimgraph__subcmd__cache__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:claimgraph-cache-help-command-$line[1]:"
        case $line[1] in
            (clear)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(completions)
_arguments "${_arguments_options[@]}" : \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':shell -- The shell to complete in:(bash elvish fish powershell zsh)' \
&& ret=0
;;
(man)
_arguments "${_arguments_options[@]}" : \
'--data=[Directory holding the RON data]:DATA:_files' \
'--format=[Output format]:FORMAT:((text\:"Trees and tables for people"
json\:"JSON for pipelines\: one object"
jsonl\:"JSON Lines, one object per line\: only for commands that list records (\`statements\`, \`claims\`, \`search\`, …); the others refuse it"))' \
'--color=[When to colour answers and diagnostics]:WHEN:((auto\:"Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise"
always\:"Always colour, whatever the streams and the environment"
never\:"Never colour"))' \
'(-v --verbose)-q[Print only errors]' \
'(-v --verbose)--quiet[Print only errors]' \
'-v[Also print what was loaded and how long it took]' \
'--verbose[Also print what was loaded and how long it took]' \
'--partial[When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. \`report\`, \`import\` and the review writers always need clean data]' \
'--strict[Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL]' \
'--no-cache[Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::subcommand -- The subcommand whose page to print (`review set`); the main page, claimgraph(1), when left out:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_claimgraph__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:claimgraph-help-command-$line[1]:"
        case $line[1] in
            (check)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(trace)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(origins)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(timeline)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(said)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(contradictions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(similar)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(search)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(stats)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(coverage)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(claims)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(actors)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(statements)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(sources)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(review)
_arguments "${_arguments_options[@]}" : \
":: :_claimgraph__subcmd__help__subcmd__review_commands" \
"*::: :->review" \
&& ret=0

    case $state in
    (review)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:claimgraph-help-review-command-$line[1]:"
        case $line[1] in
            (queue)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(repeats)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(start)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(evidence)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(publish)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(report)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
":: :_claimgraph__subcmd__help__subcmd__import_commands" \
"*::: :->import" \
&& ret=0

    case $state in
    (import)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:claimgraph-help-import-command-$line[1]:"
        case $line[1] in
            (claimreview)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(csv)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(export)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(view)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(cache)
_arguments "${_arguments_options[@]}" : \
":: :_claimgraph__subcmd__help__subcmd__cache_commands" \
"*::: :->cache" \
&& ret=0

    case $state in
    (cache)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:claimgraph-help-cache-command-$line[1]:"
        case $line[1] in
            (clear)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(completions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(man)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
}

(( $+functions[_claimgraph_commands] )) ||
_claimgraph_commands() {
    local commands; commands=(
'check:Parse and check every file; report all problems at once' \
'trace:The attribution tree from every document carrying a claim back to its speakers' \
'origins:A claim'\''s distinct original speakers, grouped by affiliation, with echo figures' \
'timeline:Every statement of a claim in date order, and who stated it first' \
'said:Everything an actor stated, by stance, and everything it relayed' \
'contradictions:Explicit and implied contradictions, with who stands on each side' \
'similar:Pairs of claims that may be one proposition worded twice, with a score and reasons' \
'show:Any record with all its relations' \
'search:Find actors, outlets, entities, claims, sources and quotes by any name, alias or words, in any script; ranked, with the reason for each hit' \
'stats:Counts of everything' \
'coverage:For each source\: claims, statements, speakers and outlets annotated, the share of its sentences quoted, and every sentence no quote covers' \
'claims:List claims, narrowed by filters on their statements' \
'actors:List actors, narrowed by filters on their statements' \
'statements:List statements, one row each (speaker, stance, claim, document, date, quote), in data order, narrowed by filters; \`--stance denies\` lists every denial' \
'sources:List sources (documents), narrowed by filters on their statements' \
'review:The fact-check workflow\: the review queue and commands that write reviews' \
'report:A fact-check brief on one claim\: wording, attribution tree, origins and echoes, contradictions, evidence, verdict and the chain graph' \
'import:Read other desks'\'' data (ClaimReview JSON-LD, CSV) into new RON files' \
'export:Write the graph for other tools' \
'view:Write the graph, a claim or a neighbourhood as one offline, interactive HTML page' \
'cache:Manage the load cache, a checked copy of the data kept in DIR/.claimgraph-cache so that the next command skips loading' \
'completions:Print the completion script for a shell' \
'man:Print a manual page, in roff\: \`claimgraph man | man -l -\`' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'claimgraph commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__actors_commands] )) ||
_claimgraph__subcmd__actors_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph actors commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__cache_commands] )) ||
_claimgraph__subcmd__cache_commands() {
    local commands; commands=(
'clear:Remove the load cache folder; the next command loads afresh and writes it again' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'claimgraph cache commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__cache__subcmd__clear_commands] )) ||
_claimgraph__subcmd__cache__subcmd__clear_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph cache clear commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__cache__subcmd__help_commands] )) ||
_claimgraph__subcmd__cache__subcmd__help_commands() {
    local commands; commands=(
'clear:Remove the load cache folder; the next command loads afresh and writes it again' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'claimgraph cache help commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__cache__subcmd__help__subcmd__clear_commands] )) ||
_claimgraph__subcmd__cache__subcmd__help__subcmd__clear_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph cache help clear commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__cache__subcmd__help__subcmd__help_commands] )) ||
_claimgraph__subcmd__cache__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph cache help help commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__check_commands] )) ||
_claimgraph__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph check commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__claims_commands] )) ||
_claimgraph__subcmd__claims_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph claims commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__completions_commands] )) ||
_claimgraph__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph completions commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__contradictions_commands] )) ||
_claimgraph__subcmd__contradictions_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph contradictions commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__coverage_commands] )) ||
_claimgraph__subcmd__coverage_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph coverage commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__export_commands] )) ||
_claimgraph__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph export commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help_commands] )) ||
_claimgraph__subcmd__help_commands() {
    local commands; commands=(
'check:Parse and check every file; report all problems at once' \
'trace:The attribution tree from every document carrying a claim back to its speakers' \
'origins:A claim'\''s distinct original speakers, grouped by affiliation, with echo figures' \
'timeline:Every statement of a claim in date order, and who stated it first' \
'said:Everything an actor stated, by stance, and everything it relayed' \
'contradictions:Explicit and implied contradictions, with who stands on each side' \
'similar:Pairs of claims that may be one proposition worded twice, with a score and reasons' \
'show:Any record with all its relations' \
'search:Find actors, outlets, entities, claims, sources and quotes by any name, alias or words, in any script; ranked, with the reason for each hit' \
'stats:Counts of everything' \
'coverage:For each source\: claims, statements, speakers and outlets annotated, the share of its sentences quoted, and every sentence no quote covers' \
'claims:List claims, narrowed by filters on their statements' \
'actors:List actors, narrowed by filters on their statements' \
'statements:List statements, one row each (speaker, stance, claim, document, date, quote), in data order, narrowed by filters; \`--stance denies\` lists every denial' \
'sources:List sources (documents), narrowed by filters on their statements' \
'review:The fact-check workflow\: the review queue and commands that write reviews' \
'report:A fact-check brief on one claim\: wording, attribution tree, origins and echoes, contradictions, evidence, verdict and the chain graph' \
'import:Read other desks'\'' data (ClaimReview JSON-LD, CSV) into new RON files' \
'export:Write the graph for other tools' \
'view:Write the graph, a claim or a neighbourhood as one offline, interactive HTML page' \
'cache:Manage the load cache, a checked copy of the data kept in DIR/.claimgraph-cache so that the next command skips loading' \
'completions:Print the completion script for a shell' \
'man:Print a manual page, in roff\: \`claimgraph man | man -l -\`' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'claimgraph help commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__actors_commands] )) ||
_claimgraph__subcmd__help__subcmd__actors_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help actors commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__cache_commands] )) ||
_claimgraph__subcmd__help__subcmd__cache_commands() {
    local commands; commands=(
'clear:Remove the load cache folder; the next command loads afresh and writes it again' \
    )
    _describe -t commands 'claimgraph help cache commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__cache__subcmd__clear_commands] )) ||
_claimgraph__subcmd__help__subcmd__cache__subcmd__clear_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help cache clear commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__check_commands] )) ||
_claimgraph__subcmd__help__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help check commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__claims_commands] )) ||
_claimgraph__subcmd__help__subcmd__claims_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help claims commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__completions_commands] )) ||
_claimgraph__subcmd__help__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help completions commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__contradictions_commands] )) ||
_claimgraph__subcmd__help__subcmd__contradictions_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help contradictions commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__coverage_commands] )) ||
_claimgraph__subcmd__help__subcmd__coverage_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help coverage commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__export_commands] )) ||
_claimgraph__subcmd__help__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help export commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__help_commands] )) ||
_claimgraph__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help help commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__import_commands] )) ||
_claimgraph__subcmd__help__subcmd__import_commands() {
    local commands; commands=(
'claimreview:Read schema.org ClaimReview JSON-LD (an object, an array, an @graph or a DataFeed) and write its claims, claimants, outlets and reviews as new RON files, matching records that already exist' \
'csv:Read a fact-check spreadsheet saved as CSV (claim, claimant, date, url, outlet, verdict) and write it as new RON files' \
    )
    _describe -t commands 'claimgraph help import commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__import__subcmd__claimreview_commands] )) ||
_claimgraph__subcmd__help__subcmd__import__subcmd__claimreview_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help import claimreview commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__import__subcmd__csv_commands] )) ||
_claimgraph__subcmd__help__subcmd__import__subcmd__csv_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help import csv commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__man_commands] )) ||
_claimgraph__subcmd__help__subcmd__man_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help man commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__origins_commands] )) ||
_claimgraph__subcmd__help__subcmd__origins_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help origins commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__report_commands] )) ||
_claimgraph__subcmd__help__subcmd__report_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help report commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__review_commands] )) ||
_claimgraph__subcmd__help__subcmd__review_commands() {
    local commands; commands=(
'queue:Claims without a finished review, most urgent first, with the reasons for each rank' \
'repeats:Statements of fact-checked claims dated after the check was published\: who repeated the claim, where, when and with what stance. For cron or CI after each data update (\`--format jsonl\`\: one repeat a line)' \
'start:Open a review of a claim\: creates \`reviews/CLAIM.ron\`, status InProgress' \
'set:Change a review'\''s status, verdict, rationale, reviewer or URL' \
'evidence:Add an evidence item to a review' \
'publish:Mark a review Published, after checking it has a verdict and evidence' \
    )
    _describe -t commands 'claimgraph help review commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__review__subcmd__evidence_commands] )) ||
_claimgraph__subcmd__help__subcmd__review__subcmd__evidence_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help review evidence commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__review__subcmd__publish_commands] )) ||
_claimgraph__subcmd__help__subcmd__review__subcmd__publish_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help review publish commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__review__subcmd__queue_commands] )) ||
_claimgraph__subcmd__help__subcmd__review__subcmd__queue_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help review queue commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__review__subcmd__repeats_commands] )) ||
_claimgraph__subcmd__help__subcmd__review__subcmd__repeats_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help review repeats commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__review__subcmd__set_commands] )) ||
_claimgraph__subcmd__help__subcmd__review__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help review set commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__review__subcmd__start_commands] )) ||
_claimgraph__subcmd__help__subcmd__review__subcmd__start_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help review start commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__said_commands] )) ||
_claimgraph__subcmd__help__subcmd__said_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help said commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__search_commands] )) ||
_claimgraph__subcmd__help__subcmd__search_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help search commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__show_commands] )) ||
_claimgraph__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help show commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__similar_commands] )) ||
_claimgraph__subcmd__help__subcmd__similar_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help similar commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__sources_commands] )) ||
_claimgraph__subcmd__help__subcmd__sources_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help sources commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__statements_commands] )) ||
_claimgraph__subcmd__help__subcmd__statements_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help statements commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__stats_commands] )) ||
_claimgraph__subcmd__help__subcmd__stats_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help stats commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__timeline_commands] )) ||
_claimgraph__subcmd__help__subcmd__timeline_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help timeline commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__trace_commands] )) ||
_claimgraph__subcmd__help__subcmd__trace_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help trace commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__help__subcmd__view_commands] )) ||
_claimgraph__subcmd__help__subcmd__view_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph help view commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__import_commands] )) ||
_claimgraph__subcmd__import_commands() {
    local commands; commands=(
'claimreview:Read schema.org ClaimReview JSON-LD (an object, an array, an @graph or a DataFeed) and write its claims, claimants, outlets and reviews as new RON files, matching records that already exist' \
'csv:Read a fact-check spreadsheet saved as CSV (claim, claimant, date, url, outlet, verdict) and write it as new RON files' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'claimgraph import commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__import__subcmd__claimreview_commands] )) ||
_claimgraph__subcmd__import__subcmd__claimreview_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph import claimreview commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__import__subcmd__csv_commands] )) ||
_claimgraph__subcmd__import__subcmd__csv_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph import csv commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__import__subcmd__help_commands] )) ||
_claimgraph__subcmd__import__subcmd__help_commands() {
    local commands; commands=(
'claimreview:Read schema.org ClaimReview JSON-LD (an object, an array, an @graph or a DataFeed) and write its claims, claimants, outlets and reviews as new RON files, matching records that already exist' \
'csv:Read a fact-check spreadsheet saved as CSV (claim, claimant, date, url, outlet, verdict) and write it as new RON files' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'claimgraph import help commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__import__subcmd__help__subcmd__claimreview_commands] )) ||
_claimgraph__subcmd__import__subcmd__help__subcmd__claimreview_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph import help claimreview commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__import__subcmd__help__subcmd__csv_commands] )) ||
_claimgraph__subcmd__import__subcmd__help__subcmd__csv_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph import help csv commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__import__subcmd__help__subcmd__help_commands] )) ||
_claimgraph__subcmd__import__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph import help help commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__man_commands] )) ||
_claimgraph__subcmd__man_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph man commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__origins_commands] )) ||
_claimgraph__subcmd__origins_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph origins commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__report_commands] )) ||
_claimgraph__subcmd__report_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph report commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__review_commands] )) ||
_claimgraph__subcmd__review_commands() {
    local commands; commands=(
'queue:Claims without a finished review, most urgent first, with the reasons for each rank' \
'repeats:Statements of fact-checked claims dated after the check was published\: who repeated the claim, where, when and with what stance. For cron or CI after each data update (\`--format jsonl\`\: one repeat a line)' \
'start:Open a review of a claim\: creates \`reviews/CLAIM.ron\`, status InProgress' \
'set:Change a review'\''s status, verdict, rationale, reviewer or URL' \
'evidence:Add an evidence item to a review' \
'publish:Mark a review Published, after checking it has a verdict and evidence' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'claimgraph review commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__review__subcmd__evidence_commands] )) ||
_claimgraph__subcmd__review__subcmd__evidence_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph review evidence commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__review__subcmd__help_commands] )) ||
_claimgraph__subcmd__review__subcmd__help_commands() {
    local commands; commands=(
'queue:Claims without a finished review, most urgent first, with the reasons for each rank' \
'repeats:Statements of fact-checked claims dated after the check was published\: who repeated the claim, where, when and with what stance. For cron or CI after each data update (\`--format jsonl\`\: one repeat a line)' \
'start:Open a review of a claim\: creates \`reviews/CLAIM.ron\`, status InProgress' \
'set:Change a review'\''s status, verdict, rationale, reviewer or URL' \
'evidence:Add an evidence item to a review' \
'publish:Mark a review Published, after checking it has a verdict and evidence' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'claimgraph review help commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__review__subcmd__help__subcmd__evidence_commands] )) ||
_claimgraph__subcmd__review__subcmd__help__subcmd__evidence_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph review help evidence commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__review__subcmd__help__subcmd__help_commands] )) ||
_claimgraph__subcmd__review__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph review help help commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__review__subcmd__help__subcmd__publish_commands] )) ||
_claimgraph__subcmd__review__subcmd__help__subcmd__publish_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph review help publish commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__review__subcmd__help__subcmd__queue_commands] )) ||
_claimgraph__subcmd__review__subcmd__help__subcmd__queue_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph review help queue commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__review__subcmd__help__subcmd__repeats_commands] )) ||
_claimgraph__subcmd__review__subcmd__help__subcmd__repeats_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph review help repeats commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__review__subcmd__help__subcmd__set_commands] )) ||
_claimgraph__subcmd__review__subcmd__help__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph review help set commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__review__subcmd__help__subcmd__start_commands] )) ||
_claimgraph__subcmd__review__subcmd__help__subcmd__start_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph review help start commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__review__subcmd__publish_commands] )) ||
_claimgraph__subcmd__review__subcmd__publish_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph review publish commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__review__subcmd__queue_commands] )) ||
_claimgraph__subcmd__review__subcmd__queue_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph review queue commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__review__subcmd__repeats_commands] )) ||
_claimgraph__subcmd__review__subcmd__repeats_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph review repeats commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__review__subcmd__set_commands] )) ||
_claimgraph__subcmd__review__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph review set commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__review__subcmd__start_commands] )) ||
_claimgraph__subcmd__review__subcmd__start_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph review start commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__said_commands] )) ||
_claimgraph__subcmd__said_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph said commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__search_commands] )) ||
_claimgraph__subcmd__search_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph search commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__show_commands] )) ||
_claimgraph__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph show commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__similar_commands] )) ||
_claimgraph__subcmd__similar_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph similar commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__sources_commands] )) ||
_claimgraph__subcmd__sources_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph sources commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__statements_commands] )) ||
_claimgraph__subcmd__statements_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph statements commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__stats_commands] )) ||
_claimgraph__subcmd__stats_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph stats commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__timeline_commands] )) ||
_claimgraph__subcmd__timeline_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph timeline commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__trace_commands] )) ||
_claimgraph__subcmd__trace_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph trace commands' commands "$@"
}
(( $+functions[_claimgraph__subcmd__view_commands] )) ||
_claimgraph__subcmd__view_commands() {
    local commands; commands=()
    _describe -t commands 'claimgraph view commands' commands "$@"
}

if [ "$funcstack[1]" = "_claimgraph" ]; then
    _claimgraph "$@"
else
    compdef _claimgraph claimgraph
fi
