/** The CLI contract, as printed by `help` and after a usage mistake. */
export const USAGE = `Usage: npm run -s cli -- <command> [options]

Commands:
  brief [ID] [--all] [--json] [--briefs DIR]
      A short briefing of the newest brief, of brief ID, or of every brief (--all).
      --json writes one object a line: {"id","headline","bullets","source":{"outlet","published","url"}}
  ask [QUESTION] [--brief ID] [--json] [--explain] [--briefs DIR]
      Answer QUESTION citing the sentence it comes from (--explain adds how the engine read it and the
      answers it weighed). With no QUESTION, read one question a line from stdin (plain text, or
      {"question","brief"?}) and write one JSON object a line:
      {"question","brief","answer","abstained","citation":{"brief","sentence","text"}|null,"confidence"}
  briefs [--json] [--briefs DIR]
      List the briefs, newest first: id, date and title.
  ingest PATH... | - [--briefs DIR] [--json]
      Turn articles into briefs, written as DIR/<id>.json (re-ingesting an article updates its brief).
      PATHs are .txt, .md or .html files, or folders of them; - reads JSON Lines from stdin:
      {"id"?,"title"?,"published"?,"author"?,"source"?,"url"?,"text"}. A bad input is reported and the
      rest still go in. --json writes one object a line per input: {"id","path"} or {"input","error"}
  help
      Show this help.

Options:
  --briefs DIR   the folder of brief files (default: BRIEFS_DIR, else ./briefs)
  --json         one JSON object a line on stdout
  -h, --help     show this help

Exit codes: 0 done, 1 a brief, folder or input problem, 2 a usage mistake.`;
