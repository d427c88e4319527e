# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_claimgraph_global_optspecs
    string join \n data= format= color= q/quiet v/verbose partial strict no-cache h/help V/version
end

function __fish_claimgraph_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_claimgraph_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_claimgraph_using_subcommand
    set -l cmd (__fish_claimgraph_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c claimgraph -n "__fish_claimgraph_needs_command" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_needs_command" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_needs_command" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_needs_command" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -s V -l version -d 'Print version'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "check" -d 'Parse and check every file; report all problems at once'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "trace" -d 'The attribution tree from every document carrying a claim back to its speakers'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "origins" -d 'A claim\'s distinct original speakers, grouped by affiliation, with echo figures'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "timeline" -d 'Every statement of a claim in date order, and who stated it first'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "said" -d 'Everything an actor stated, by stance, and everything it relayed'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "contradictions" -d 'Explicit and implied contradictions, with who stands on each side'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "similar" -d 'Pairs of claims that may be one proposition worded twice, with a score and reasons'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "show" -d 'Any record with all its relations'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "search" -d 'Find actors, outlets, entities, claims, sources and quotes by any name, alias or words, in any script; ranked, with the reason for each hit'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "stats" -d 'Counts of everything'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "coverage" -d 'For each source: claims, statements, speakers and outlets annotated, the share of its sentences quoted, and every sentence no quote covers'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "claims" -d 'List claims, narrowed by filters on their statements'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "actors" -d 'List actors, narrowed by filters on their statements'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "statements" -d 'List statements, one row each (speaker, stance, claim, document, date, quote), in data order, narrowed by filters; `--stance denies` lists every denial'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "sources" -d 'List sources (documents), narrowed by filters on their statements'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "review" -d 'The fact-check workflow: the review queue and commands that write reviews'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "report" -d 'A fact-check brief on one claim: wording, attribution tree, origins and echoes, contradictions, evidence, verdict and the chain graph'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "import" -d 'Read other desks\' data (ClaimReview JSON-LD, CSV) into new RON files'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "export" -d 'Write the graph for other tools'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "view" -d 'Write the graph, a claim or a neighbourhood as one offline, interactive HTML page'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "cache" -d 'Manage the load cache, a checked copy of the data kept in DIR/.claimgraph-cache so that the next command skips loading'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "completions" -d 'Print the completion script for a shell'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "man" -d 'Print a manual page, in roff: `claimgraph man | man -l -`'
complete -c claimgraph -n "__fish_claimgraph_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand check" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand check" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand check" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand check" -l deny-warnings -d 'Fail on warnings too'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand check" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand check" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand check" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand check" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand check" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand trace" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand trace" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand trace" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand trace" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand trace" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand trace" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand trace" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand trace" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand trace" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand origins" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand origins" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand origins" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand origins" -l all -d 'The origins of every claim, in data order, in one run: in JSON an array holding one `origins` answer per claim'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand origins" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand origins" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand origins" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand origins" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand origins" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand origins" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand timeline" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand timeline" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand timeline" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand timeline" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand timeline" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand timeline" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand timeline" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand timeline" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand timeline" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand said" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand said" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand said" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand said" -l members -d 'Also what the actors and outlets belonging to it, directly or through others, said and carried (as `claims --by X --members`)'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand said" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand said" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand said" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand said" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand said" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand said" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand contradictions" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand contradictions" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand contradictions" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand contradictions" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand contradictions" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand contradictions" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand contradictions" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand contradictions" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand contradictions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand similar" -l claim -d 'Only pairs with this claim (id, or its text in any language)' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand similar" -l min-score -d 'The least score of a suggestion, from 0 to 1 [default: 0.2; 0.05 with --claim]' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand similar" -l limit -d 'Show at most this many pairs' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand similar" -l pick -d 'The rank of a pair to write, as listed (repeat for several)' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand similar" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand similar" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand similar" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand similar" -l same-document -d 'Also pair claims that one document states both of (left out by default: an annotator files a document\'s restatements under one claim)'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand similar" -l write -d 'Append the picked pairs to relations.ron as SameAs relations, keeping every comment and line of the file'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand similar" -l dry-run -d 'With --write: show the change as a diff and write nothing'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand similar" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand similar" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand similar" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand similar" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand similar" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand similar" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand show" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand show" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand show" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand show" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand show" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand show" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand show" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand show" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand search" -l kind -d 'Only records of this kind (repeat for several)' -r -f -a "actor\t'A speaker (`actors.ron`)'
outlet\t'A publisher (`outlets.ron`)'
entity\t'A thing claims are about (`entities.ron`)'
claim\t'A proposition (`claims.ron`)'
source\t'An annotated document'
statement\t'One speaker stating one claim, as one document reports it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand search" -l limit -d 'Show at most this many hits' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand search" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand search" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand search" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand search" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand search" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand search" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand search" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand search" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand stats" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand stats" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand stats" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand stats" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand stats" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand stats" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand stats" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand stats" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand coverage" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand coverage" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand coverage" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand coverage" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand coverage" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand coverage" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand coverage" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand coverage" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand coverage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand claims" -l about -d 'Statements about this entity' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand claims" -l by -d 'Statements by this actor or outlet (add --members for those belonging to it)' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand claims" -l outlet -d 'Statements published or relayed by this outlet' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand claims" -l stance -d 'Statements with this stance' -r -f -a "affirms\t'Asserts the claim as true'
denies\t'Asserts the claim is false'
hedges\t'Suggests the claim with caveats: “presumably”, “may have”'
reports\t'An outlet writes the claim up without naming a source or vouching for it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand claims" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand claims" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand claims" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand claims" -l members -d 'With --by, also statements by the actors and outlets belonging to it, directly or through others (as `said --members`)'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand claims" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand claims" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand claims" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand claims" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand claims" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand claims" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand actors" -l about -d 'Statements about this entity' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand actors" -l by -d 'Statements by this actor or outlet (add --members for those belonging to it)' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand actors" -l outlet -d 'Statements published or relayed by this outlet' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand actors" -l stance -d 'Statements with this stance' -r -f -a "affirms\t'Asserts the claim as true'
denies\t'Asserts the claim is false'
hedges\t'Suggests the claim with caveats: “presumably”, “may have”'
reports\t'An outlet writes the claim up without naming a source or vouching for it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand actors" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand actors" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand actors" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand actors" -l members -d 'With --by, also statements by the actors and outlets belonging to it, directly or through others (as `said --members`)'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand actors" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand actors" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand actors" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand actors" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand actors" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand actors" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand statements" -l about -d 'Statements about this entity' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand statements" -l by -d 'Statements by this actor or outlet (add --members for those belonging to it)' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand statements" -l outlet -d 'Statements published or relayed by this outlet' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand statements" -l stance -d 'Statements with this stance' -r -f -a "affirms\t'Asserts the claim as true'
denies\t'Asserts the claim is false'
hedges\t'Suggests the claim with caveats: “presumably”, “may have”'
reports\t'An outlet writes the claim up without naming a source or vouching for it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand statements" -l claim -d 'Statements of this claim (id, or its text in any language)' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand statements" -l source -d 'Statements in this source\'s document (id or title)' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand statements" -l channel -d 'Statements said on this channel (`facebook`, `press-release`, … or the words of an `Other` channel)' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand statements" -l since -d 'Statements made on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); undated statements are left out' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand statements" -l until -d 'Statements made on or before this date, or within it (`2020-09` takes in all of September); undated statements are left out' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand statements" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand statements" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand statements" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand statements" -l members -d 'With --by, also statements by the actors and outlets belonging to it, directly or through others (as `said --members`)'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand statements" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand statements" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand statements" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand statements" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand statements" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand statements" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand sources" -l about -d 'Statements about this entity' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand sources" -l by -d 'Statements by this actor or outlet (add --members for those belonging to it)' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand sources" -l outlet -d 'Statements published or relayed by this outlet' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand sources" -l stance -d 'Statements with this stance' -r -f -a "affirms\t'Asserts the claim as true'
denies\t'Asserts the claim is false'
hedges\t'Suggests the claim with caveats: “presumably”, “may have”'
reports\t'An outlet writes the claim up without naming a source or vouching for it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand sources" -l claim -d 'Statements of this claim (id, or its text in any language)' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand sources" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand sources" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand sources" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand sources" -l members -d 'With --by, also statements by the actors and outlets belonging to it, directly or through others (as `said --members`)'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand sources" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand sources" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand sources" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand sources" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand sources" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand sources" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and not __fish_seen_subcommand_from queue repeats start set evidence publish help" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and not __fish_seen_subcommand_from queue repeats start set evidence publish help" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and not __fish_seen_subcommand_from queue repeats start set evidence publish help" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and not __fish_seen_subcommand_from queue repeats start set evidence publish help" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and not __fish_seen_subcommand_from queue repeats start set evidence publish help" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and not __fish_seen_subcommand_from queue repeats start set evidence publish help" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and not __fish_seen_subcommand_from queue repeats start set evidence publish help" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and not __fish_seen_subcommand_from queue repeats start set evidence publish help" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and not __fish_seen_subcommand_from queue repeats start set evidence publish help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and not __fish_seen_subcommand_from queue repeats start set evidence publish help" -f -a "queue" -d 'Claims without a finished review, most urgent first, with the reasons for each rank'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and not __fish_seen_subcommand_from queue repeats start set evidence publish help" -f -a "repeats" -d 'Statements of fact-checked claims dated after the check was published: who repeated the claim, where, when and with what stance. For cron or CI after each data update (`--format jsonl`: one repeat a line)'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and not __fish_seen_subcommand_from queue repeats start set evidence publish help" -f -a "start" -d 'Open a review of a claim: creates `reviews/CLAIM.ron`, status InProgress'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and not __fish_seen_subcommand_from queue repeats start set evidence publish help" -f -a "set" -d 'Change a review\'s status, verdict, rationale, reviewer or URL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and not __fish_seen_subcommand_from queue repeats start set evidence publish help" -f -a "evidence" -d 'Add an evidence item to a review'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and not __fish_seen_subcommand_from queue repeats start set evidence publish help" -f -a "publish" -d 'Mark a review Published, after checking it has a verdict and evidence'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and not __fish_seen_subcommand_from queue repeats start set evidence publish help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from queue" -l limit -d 'Show at most this many claims' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from queue" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from queue" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from queue" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from queue" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from queue" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from queue" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from queue" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from queue" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from queue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from repeats" -l claim -d 'Only this claim (id, or its text in any language)' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from repeats" -l since -d 'Only statements dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from repeats" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from repeats" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from repeats" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from repeats" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from repeats" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from repeats" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from repeats" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from repeats" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from repeats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from start" -l by -d 'Who is making the change; recorded in the review\'s history' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from start" -l date -d 'The date to record (YYYY-MM-DD); today when left out' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from start" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from start" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from start" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from start" -l dry-run -d 'Show the change as a diff and write nothing'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from start" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from start" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from start" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from start" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from set" -l by -d 'Who is making the change; recorded in the review\'s history' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from set" -l date -d 'The date to record (YYYY-MM-DD); today when left out' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from set" -l status -d 'New status' -r -f -a "unreviewed\t'No one has started on it'
in-progress\t'A reviewer is working on it'
needs-more-evidence\t'Sent back: the evidence cannot settle it yet'
reviewed\t'Reviewed; `check` requires a verdict'
published\t'Published; requires a verdict, evidence and a `published` date'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from set" -l verdict -d 'The verdict' -r -f -a "false\t'The claim is false (1 on the scale)'
misleading\t'True in part but misleading as put (2)'
mixed\t'Partly true, partly false (3)'
mostly-true\t'Mostly true (4)'
true\t'The claim is true (5)'
unproven\t'The evidence does not settle it either way'
not-checkable\t'An opinion or prediction: nothing to check'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from set" -l rationale -d 'Why the verdict follows from the evidence' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from set" -l url -d 'Where the review is published' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from set" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from set" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from set" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from set" -l dry-run -d 'Show the change as a diff and write nothing'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from set" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from set" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from set" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from evidence" -l by -d 'Who is making the change; recorded in the review\'s history' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from evidence" -l date -d 'The date to record (YYYY-MM-DD); today when left out' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from evidence" -l points-to -d 'A statement id, source id, claim id, or an http(s) URL' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from evidence" -l grade -d 'How much the evidence weighs' -r -f -a "physical-evidence\t'Remains, photographs with serial numbers, recordings'
official-document\t'A document issued by an institution'
on-record\t'A named person or body speaking on the record'
anonymous\t'An unnamed source'
hearsay\t'Second-hand report without a traceable origin'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from evidence" -l bearing -d 'Whether it supports or refutes the claim' -r -f -a "supports\t'The evidence makes the claim more likely true'
refutes\t'The evidence makes the claim less likely true'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from evidence" -l note -d 'What the evidence shows' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from evidence" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from evidence" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from evidence" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from evidence" -l dry-run -d 'Show the change as a diff and write nothing'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from evidence" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from evidence" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from evidence" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from evidence" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from evidence" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from evidence" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from publish" -l by -d 'Who is making the change; recorded in the review\'s history' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from publish" -l date -d 'The date to record (YYYY-MM-DD); today when left out' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from publish" -l url -d 'Where the review is published' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from publish" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from publish" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from publish" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from publish" -l dry-run -d 'Show the change as a diff and write nothing'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from publish" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from publish" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from publish" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from publish" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from publish" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from help" -f -a "queue" -d 'Claims without a finished review, most urgent first, with the reasons for each rank'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from help" -f -a "repeats" -d 'Statements of fact-checked claims dated after the check was published: who repeated the claim, where, when and with what stance. For cron or CI after each data update (`--format jsonl`: one repeat a line)'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from help" -f -a "start" -d 'Open a review of a claim: creates `reviews/CLAIM.ron`, status InProgress'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a review\'s status, verdict, rationale, reviewer or URL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from help" -f -a "evidence" -d 'Add an evidence item to a review'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from help" -f -a "publish" -d 'Mark a review Published, after checking it has a verdict and evidence'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand review; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand report" -l to -d 'Markdown or HTML' -r -f -a "markdown\t'Markdown, with the chain graph as a DOT block or inline SVG'
html\t'A standalone HTML page with the chain graph as inline SVG'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand report" -s o -l output -d 'Write to this file instead of standard output: all at once or not at all (nothing is created on failure); an existing file only with --force' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand report" -l graph -d 'The chain graph: drawn as SVG by Graphviz (`svg`), as DOT source (`dot`), or SVG when Graphviz is installed (`auto`)' -r -f -a "auto\t'SVG when Graphviz `dot` is installed, otherwise the DOT source'
svg\t'SVG drawn by Graphviz `dot`; an error when it is not installed'
dot\t'The DOT source, as text (the same on every machine)'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand report" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand report" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand report" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand report" -l force -d 'With --output, replace the file if it exists'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand report" -l interactive -d 'html: also embed the interactive chain view of `view --claim` (scripts allowed by their hashes only); the static graph stays, for print'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand report" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand report" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand report" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand report" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand report" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and not __fish_seen_subcommand_from claimreview csv help" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and not __fish_seen_subcommand_from claimreview csv help" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and not __fish_seen_subcommand_from claimreview csv help" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and not __fish_seen_subcommand_from claimreview csv help" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and not __fish_seen_subcommand_from claimreview csv help" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and not __fish_seen_subcommand_from claimreview csv help" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and not __fish_seen_subcommand_from claimreview csv help" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and not __fish_seen_subcommand_from claimreview csv help" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and not __fish_seen_subcommand_from claimreview csv help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and not __fish_seen_subcommand_from claimreview csv help" -f -a "claimreview" -d 'Read schema.org ClaimReview JSON-LD (an object, an array, an @graph or a DataFeed) and write its claims, claimants, outlets and reviews as new RON files, matching records that already exist'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and not __fish_seen_subcommand_from claimreview csv help" -f -a "csv" -d 'Read a fact-check spreadsheet saved as CSV (claim, claimant, date, url, outlet, verdict) and write it as new RON files'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and not __fish_seen_subcommand_from claimreview csv help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from claimreview" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from claimreview" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from claimreview" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from claimreview" -l dry-run -d 'Report what would be written, as diffs, and write nothing'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from claimreview" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from claimreview" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from claimreview" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from claimreview" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from claimreview" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from claimreview" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from csv" -l map -d 'Column mapping: `field=Header` pairs, e.g. `--map claim="Claim text"`' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from csv" -l delimiter -d 'The character between cells: `,` `;` `|`, `tab` or any other single character. By default it is detected from the header line' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from csv" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from csv" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from csv" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from csv" -l dry-run -d 'Report what would be written, as diffs, and write nothing'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from csv" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from csv" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from csv" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from csv" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from csv" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from csv" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "claimreview" -d 'Read schema.org ClaimReview JSON-LD (an object, an array, an @graph or a DataFeed) and write its claims, claimants, outlets and reviews as new RON files, matching records that already exist'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "csv" -d 'Read a fact-check spreadsheet saved as CSV (claim, claimant, date, url, outlet, verdict) and write it as new RON files'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand export" -l claim -d 'Only this claim\'s attribution neighbourhood' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand export" -l around -d 'Only the records around this one' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand export" -l depth -d 'Hops to take from --around' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand export" -l publisher-name -d 'claimreview: our desk\'s name, the `author` of every review (overrides `claimgraph.toml`)' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand export" -l publisher-url -d 'claimreview: our desk\'s home page (overrides `claimgraph.toml`)' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand export" -s o -l output -d 'Write to this file instead of standard output: all at once or not at all (nothing is created on failure); an existing file only with --force' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand export" -l base -d 'turtle, ntriples: the namespace of every record\'s IRI, an http(s) address ending in `/` or `#` (overrides `claimgraph.toml`\'s `[rdf] base`; default https://claimgraph.example/id/)' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand export" -l dir -d 'csv --neo4j: the folder to write into; existing files are never overwritten' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand export" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand export" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand export" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand export" -l force -d 'With --output, replace the file if it exists'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand export" -l neo4j -d 'csv: write the files `neo4j-admin database import` reads (one per node label and relationship type) into --dir, instead of one edge table on stdout'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand export" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand export" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand export" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand export" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand export" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand view" -l claim -d 'Only this claim\'s attribution neighbourhood' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand view" -l around -d 'Only the records around this one' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand view" -l depth -d 'Hops to take from --around' -r
complete -c claimgraph -n "__fish_claimgraph_using_subcommand view" -s o -l output -d 'Write to this file instead of standard output: all at once or not at all (nothing is created on failure); an existing file only with --force' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand view" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand view" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand view" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand view" -l force -d 'With --output, replace the file if it exists'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand view" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand view" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand view" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand view" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand view" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand view" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and not __fish_seen_subcommand_from clear help" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and not __fish_seen_subcommand_from clear help" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and not __fish_seen_subcommand_from clear help" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and not __fish_seen_subcommand_from clear help" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and not __fish_seen_subcommand_from clear help" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and not __fish_seen_subcommand_from clear help" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and not __fish_seen_subcommand_from clear help" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and not __fish_seen_subcommand_from clear help" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and not __fish_seen_subcommand_from clear help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and not __fish_seen_subcommand_from clear help" -f -a "clear" -d 'Remove the load cache folder; the next command loads afresh and writes it again'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and not __fish_seen_subcommand_from clear help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and __fish_seen_subcommand_from clear" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and __fish_seen_subcommand_from clear" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and __fish_seen_subcommand_from clear" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and __fish_seen_subcommand_from clear" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and __fish_seen_subcommand_from clear" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and __fish_seen_subcommand_from clear" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and __fish_seen_subcommand_from clear" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and __fish_seen_subcommand_from clear" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Remove the load cache folder; the next command loads afresh and writes it again'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand completions" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand completions" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand completions" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand completions" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand completions" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand completions" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand completions" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand completions" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand man" -l data -d 'Directory holding the RON data' -r -F
complete -c claimgraph -n "__fish_claimgraph_using_subcommand man" -l format -d 'Output format' -r -f -a "text\t'Trees and tables for people'
json\t'JSON for pipelines: one object'
jsonl\t'JSON Lines, one object per line: only for commands that list records (`statements`, `claims`, `search`, …); the others refuse it'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand man" -l color -d 'When to colour answers and diagnostics' -r -f -a "auto\t'Colour a stream only when it is a terminal, unless NO_COLOR or CLICOLOR_FORCE says otherwise'
always\t'Always colour, whatever the streams and the environment'
never\t'Never colour'"
complete -c claimgraph -n "__fish_claimgraph_using_subcommand man" -s q -l quiet -d 'Print only errors'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand man" -s v -l verbose -d 'Also print what was loaded and how long it took'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand man" -l partial -d 'When the data has errors, answer read commands from the records that checked clean, with a warning on stderr, instead of refusing. `report`, `import` and the review writers always need clean data'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand man" -l strict -d 'Refuse to answer while the data has errors (the default); overrides --partial and CLAIMGRAPH_PARTIAL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand man" -l no-cache -d 'Load and check the data afresh, neither reading nor writing the load cache (DIR/.claimgraph-cache). The cache is used only while every data file, seed text and this binary are unchanged, so its answers are the same; this is for measuring, or for doubting it'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "check" -d 'Parse and check every file; report all problems at once'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "trace" -d 'The attribution tree from every document carrying a claim back to its speakers'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "origins" -d 'A claim\'s distinct original speakers, grouped by affiliation, with echo figures'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "timeline" -d 'Every statement of a claim in date order, and who stated it first'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "said" -d 'Everything an actor stated, by stance, and everything it relayed'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "contradictions" -d 'Explicit and implied contradictions, with who stands on each side'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "similar" -d 'Pairs of claims that may be one proposition worded twice, with a score and reasons'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "show" -d 'Any record with all its relations'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "search" -d 'Find actors, outlets, entities, claims, sources and quotes by any name, alias or words, in any script; ranked, with the reason for each hit'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "stats" -d 'Counts of everything'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "coverage" -d 'For each source: claims, statements, speakers and outlets annotated, the share of its sentences quoted, and every sentence no quote covers'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "claims" -d 'List claims, narrowed by filters on their statements'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "actors" -d 'List actors, narrowed by filters on their statements'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "statements" -d 'List statements, one row each (speaker, stance, claim, document, date, quote), in data order, narrowed by filters; `--stance denies` lists every denial'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "sources" -d 'List sources (documents), narrowed by filters on their statements'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "review" -d 'The fact-check workflow: the review queue and commands that write reviews'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "report" -d 'A fact-check brief on one claim: wording, attribution tree, origins and echoes, contradictions, evidence, verdict and the chain graph'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "import" -d 'Read other desks\' data (ClaimReview JSON-LD, CSV) into new RON files'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "export" -d 'Write the graph for other tools'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "view" -d 'Write the graph, a claim or a neighbourhood as one offline, interactive HTML page'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "cache" -d 'Manage the load cache, a checked copy of the data kept in DIR/.claimgraph-cache so that the next command skips loading'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "completions" -d 'Print the completion script for a shell'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "man" -d 'Print a manual page, in roff: `claimgraph man | man -l -`'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and not __fish_seen_subcommand_from check trace origins timeline said contradictions similar show search stats coverage claims actors statements sources review report import export view cache completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and __fish_seen_subcommand_from review" -f -a "queue" -d 'Claims without a finished review, most urgent first, with the reasons for each rank'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and __fish_seen_subcommand_from review" -f -a "repeats" -d 'Statements of fact-checked claims dated after the check was published: who repeated the claim, where, when and with what stance. For cron or CI after each data update (`--format jsonl`: one repeat a line)'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and __fish_seen_subcommand_from review" -f -a "start" -d 'Open a review of a claim: creates `reviews/CLAIM.ron`, status InProgress'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and __fish_seen_subcommand_from review" -f -a "set" -d 'Change a review\'s status, verdict, rationale, reviewer or URL'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and __fish_seen_subcommand_from review" -f -a "evidence" -d 'Add an evidence item to a review'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and __fish_seen_subcommand_from review" -f -a "publish" -d 'Mark a review Published, after checking it has a verdict and evidence'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "claimreview" -d 'Read schema.org ClaimReview JSON-LD (an object, an array, an @graph or a DataFeed) and write its claims, claimants, outlets and reviews as new RON files, matching records that already exist'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "csv" -d 'Read a fact-check spreadsheet saved as CSV (claim, claimant, date, url, outlet, verdict) and write it as new RON files'
complete -c claimgraph -n "__fish_claimgraph_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "clear" -d 'Remove the load cache folder; the next command loads afresh and writes it again'
