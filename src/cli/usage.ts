/** The CLI contract, as printed by `help` and after a usage mistake. */
export const USAGE = `Usage: npm run -s cli -- <command> [options]

Commands:
  brief [ID] [--all] [--json] [--briefs DIR]
      A short briefing of the newest brief, of brief ID, or of every brief (--all).
      --json writes one object a line: {"id","headline","bullets","source":{"outlet","published","url"}}
  ask [QUESTION] [--brief ID] [--json] [--explain] [--briefs DIR] [--min-confidence N]
      Answer QUESTION citing the sentence it comes from (--explain adds how the engine read it and the
      answers it weighed). With no QUESTION, read one question a line from stdin (plain text, or
      {"question","brief"?}) and write one JSON object a line:
      {"question","brief","answer","abstained","citation":{"brief","sentence","text"}|null,"confidence",
      "briefTitle"}. --min-confidence N (0 to 1; default: ANSWER_MIN_CONFIDENCE, else the engine's own):
      answer only when at least this sure; lower answers more often and is wrong more often.
  briefs [--json] [--briefs DIR]
      List the briefs, newest first: id, date and title.
  ingest PATH... | - [--briefs DIR] [--json]
      Turn articles into briefs, written as DIR/<id>.json (re-ingesting an article updates its brief).
      PATHs are .txt, .md or .html files, or folders of them; - reads JSON Lines from stdin:
      {"id"?,"title"?,"published"?,"author"?,"source"?,"url"?,"text"}. A bad input is reported and the
      rest still go in. --json writes one object a line per input: {"id","path"} or {"input","error"}
  digest subscribe|unsubscribe|status|preview --channel PLATFORM:WORKSPACE:CHANNEL [--database URL]
         [--time HH:MM] [--timezone IANA] [--topics a,b] [--cron EXPR] [--empty post|skip]
         [--now ISO-8601] [--user NAME]
      Manage a channel's scheduled digest, as /digest does in chat (defaults: 08:00, UTC, every topic).
      PLATFORM is console, slack or discord; console:local:general prints to this terminal.
  digest list [--channel PLATFORM:WORKSPACE:CHANNEL] [--json] [--database URL]
      The digests of that workspace, or of all with no --channel; --json writes one object a line:
      {"channel","cron","timezone","topics","nextRunAt","createdBy","pausedReason"}
  digest tick [--now ISO-8601] [--database URL] [--briefs DIR]
      Run one scheduler pass at that instant (default: now). Console digests are printed as text, then
      one JSON object a line per delivery: {"subscriptionId","target","slot","outcome","late",
      "stories":[{"id","title"}],"error"?}; due digests of other platforms show "outcome":"needs-adapter".
  feeds add URL [--channel PLATFORM:WORKSPACE:CHANNEL] [--include W,W] [--exclude W,W]
            [--mode digest|instant] [--json] [--database URL]
      Follow a feed in a channel (default console:local:general); again, to change its filters or mode.
      --json writes {"feed","channel","created","include","exclude","mode"}
  feeds list [--channel P:W:C] [--json] [--database URL]
      The feeds followed, with their state; --json writes one object a line: {"feed","channel","title",
      "mode","include","exclude","status","lastPolledAt","lastNewItemAt","failures","error","disabledReason"}
  feeds remove URL [--channel P:W:C] [--database URL]   |   feeds enable URL [--database URL]
      Stop following a feed; fetch a disabled feed again.
  feeds poll [--now] [--json] [--briefs DIR] [--database URL]
      One pass over the feeds that are due (every feed with --now): new items become briefs in DIR.
      --json writes one object a line per feed: {"feed","status":"ok"|"not-modified"|"failed"|"disabled",
      "new":[brief ids],"error"?}. Exit 1 when a feed failed.
  feeds import FILE.opml [--channel P:W:C] [--database URL]   |   feeds export [--channel P:W:C]
      Follow every feed an OPML file lists; print the channel's (or every) feed as OPML.
  feedback [--limit N] [--json] [--database URL]
      The 👍/👎 people gave the bot's replies: the N briefs with the most 👎 (then 👍), then the latest N 👎
      with their question and cited sentence (default N: 10). --json writes one object a line:
      {"type":"tally","briefId","up","down"}, then {"type":"feedback","platform","workspace","channel",
      "message","user","verdict","replyKind","briefId","sentence","question","recordedAt"}
  help
      Show this help.

Options:
  --briefs DIR   the folder of brief files (default: BRIEFS_DIR, else ./briefs)
  --json         one JSON object a line on stdout
  --database URL digests, feeds and feedback (default: DATABASE_URL, else sqlite:./data/newsbrief.db)
  -h, --help     show this help

Exit codes: 0 done, 1 a brief, folder, input, store or delivery problem, 2 a usage mistake.`;
