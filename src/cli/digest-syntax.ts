/** Digest keys that the chat writes as "key value" and the CLI as "--key value". */
const KEYS = ['time', 'timezone', 'topics', 'cron', 'empty'];

/**
 * A digest reply's hints in CLI syntax: the core speaks to chat users ("Type /digest preview", "/digest
 * subscribe time 07:30"), and a person at a shell should be told what to type there instead.
 */
export function inCliSyntax(text: string, channel: string): string {
  return text.replace(
    /\/digest (subscribe|unsubscribe|list|preview|status)((?: \[?[a-z]+ [^\s\]]+\]?)*)/g,
    (_, action: string, rest: string) => {
      const options = rest.replace(new RegExp(`(^| |\\[)(${KEYS.join('|')}) `, 'g'), '$1--$2 ');
      return `npm run -s cli -- digest ${action}${action === 'list' ? '' : ` --channel ${channel}`}${options}`;
    },
  );
}
