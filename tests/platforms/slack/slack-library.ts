import type { Brief } from '../../../src/core/brief.schema.js';
import { buildBrief } from '../../../src/ingest/build-brief.js';

/** Two short articles that both answer "how much did it cost?", differently: threads must keep their brief. */
export function twoCityBriefs(): Brief[] {
  return [
    buildBrief({
      origin: 'library.txt',
      id: 'oakton-library',
      published: '2024-05-02',
      text: 'Oakton library opens after two years of work\n\nThe new public library in Oakton opened on Monday. The building cost 12 million dollars, the city said. Mayor Ruth Alvarez cut the ribbon in front of 300 residents.',
    }),
    buildBrief({
      origin: 'stadium.txt',
      id: 'pinecrest-stadium',
      published: '2024-05-01',
      text: 'Pinecrest stadium ready for the season\n\nThe Pinecrest stadium opened on Saturday with a football match. The stadium cost 90 million dollars and seats 20,000 fans. Coach Daniel Reyes said the team was thrilled.',
    }),
  ];
}
