/** Function words: they carry no topic, so they neither route a question nor support an answer. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be been before being below between both
but by can could did do does doing down during each few for from further had has have having he her here hers
herself him himself his how i if in into is it its itself just me more most my myself no nor not of off on once
only or other our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were what when where which
while who whom whose why will with would you your yours yourself yourselves shall may might must upon via per
also whether yet ever every either neither one's s t don doesn didn isn wasn aren weren won't can't it's
according said says say tell told co plus among amongst besides including within across toward towards
around behind beyond along amid near despite onto`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs so light that a question may use them without the article repeating them. */
export const LIGHT_WORDS: ReadonlySet<string> = new Set(
  `get got gets make made makes take took taken takes give gave given gives go went goes come came put see saw seen
happen happened happens occur occurred use used thing things kind type article story report reported text mention
mentioned mentions describe described name named call called known reach reached figure figures
information details detail bring brings brought combined overall altogether held hold holds located situated based
become became becomes`
    .split(/\s+/)
    .filter(Boolean),
);
