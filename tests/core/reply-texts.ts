import { checkedLine, NOTE_HEADING, type Reply, type ReplyBlock, storyLine } from '../../src/core/reply.js';

/** Every text a block says, as a renderer would show it, in order; feedback says nothing. */
export function textsOfBlock(block: ReplyBlock): string[] {
  switch (block.type) {
    case 'answer':
      return [block.text];
    case 'citation':
      return [block.text, block.briefTitle, ...block.notes.flatMap((note) => [NOTE_HEADING, note])];
    case 'abstention':
      return [block.message, checkedLine(block.checked)];
    case 'story':
      return [block.title, storyLine(block), ...block.bullets];
    case 'bullets':
      return [...(block.heading ? [block.heading] : []), ...block.items];
    case 'notice':
      return [block.text];
    case 'feedback':
      return [];
  }
}

/** The blocks' texts, one a line, for `toContain`. */
export function blocksText(reply: Reply): string {
  return reply.blocks.flatMap(textsOfBlock).join('\n');
}

/** Every reply text (title, blocks, footer) as one string, for `toContain`. */
export function replyText(reply: Reply): string {
  return [reply.title ?? '', blocksText(reply), reply.footer ?? ''].join('\n');
}
